import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { createMeetingSchema, toFieldErrors, type CreateMeetingData } from "@/lib/meetings/schemas";
import { recordMeetingRevision } from "@/lib/meetings/revisions";
import { refreshMeetingSearchVector } from "@/lib/meetings/search-vector";
import { findOrCreateOrganizations, findOrCreatePeople, findOrCreateTags } from "@/lib/meetings/entities";

type Tx = Prisma.TransactionClient;

/** Country codes and topic ids must exist; say which field is wrong rather than fail on a key. */
async function checkReferences(tx: Tx, data: CreateMeetingData): Promise<void> {
  const codes = new Set<string>(data.countries.map((c) => c.countryCode));
  for (const p of data.participants) if (p.countryCode) codes.add(p.countryCode);
  if (data.locationCountryCode) codes.add(data.locationCountryCode);
  // One connection in a transaction: queries run one after the other.
  const countries = await tx.country.findMany({ where: { code: { in: [...codes] } }, select: { code: true } });
  const topics =
    data.topicIds.length > 0 ? await tx.topic.findMany({ where: { id: { in: data.topicIds } }, select: { id: true } }) : [];
  const knownCodes = new Set(countries.map((c) => c.code));
  const errors: Record<string, string[]> = {};
  const unknown = "This is not a country Parley knows.";
  data.countries.forEach((c, i) => {
    if (!knownCodes.has(c.countryCode)) errors[`countries.${i}.countryCode`] = [unknown];
  });
  data.participants.forEach((p, i) => {
    if (p.countryCode && !knownCodes.has(p.countryCode)) errors[`participants.${i}.countryCode`] = [unknown];
  });
  if (data.locationCountryCode && !knownCodes.has(data.locationCountryCode)) errors.locationCountryCode = [unknown];
  if (topics.length !== data.topicIds.length) errors.topicIds = ["Choose topics from the list."];
  if (Object.keys(errors).length > 0) {
    throw new AppError("validation", "Some fields need attention.", { fieldErrors: errors });
  }
}

/**
 * Records a new meeting with its countries, participants (people and organisations found by
 * name or created), topics, tags and an optional source; writes its CREATE revision and search
 * vector in the same transaction. Returns the permalink id.
 * Rule: analysts and admins.
 */
export async function createMeeting(input: unknown): Promise<{ id: string }> {
  const user = await requireRole("analyst");
  const parsed = createMeetingSchema.safeParse(input);
  if (!parsed.success) {
    throw new AppError("validation", "Some fields need attention.", { fieldErrors: toFieldErrors(parsed.error) });
  }
  const data = parsed.data;

  return db.$transaction(async (tx) => {
    await checkReferences(tx, data);

    const meeting = await tx.meeting.create({
      data: {
        title: data.title,
        kind: data.kind,
        status: data.status,
        date: new Date(`${data.date}T00:00:00Z`),
        datePrecision: data.datePrecision,
        place: data.place || null,
        locationCountryCode: data.locationCountryCode ?? null,
        summary: data.summary,
        outcome: data.outcome,
        createdById: user.id,
        updatedById: user.id,
        countries: {
          createMany: { data: data.countries.map((c) => ({ countryCode: c.countryCode, side: c.side ?? null })) },
        },
        topics: { createMany: { data: data.topicIds.map((topicId) => ({ topicId })) } },
      },
      select: { id: true, version: true, createdAt: true },
    });

    const people = await findOrCreatePeople(tx, data.participants.map((p) => ({ name: p.name, countryCode: p.countryCode ?? null })));
    const seen = new Map<string, number>();
    people.forEach((personId, i) => {
      const first = seen.get(personId);
      if (first !== undefined) {
        throw new AppError("validation", "Some fields need attention.", {
          fieldErrors: { [`participants.${i}.name`]: [`This is the same person as participant ${first + 1} (a known alias).`] },
        });
      }
      seen.set(personId, i);
    });
    const organizations = await findOrCreateOrganizations(
      tx,
      data.participants.filter((p) => p.organization).map((p) => ({ name: p.organization, countryCode: p.countryCode ?? null })),
    );
    const participations = data.participants.map((p, position) => ({
      meetingId: meeting.id,
      personId: people[position]!,
      organizationId: p.organization ? (organizations.get(p.organization.toLocaleLowerCase("en")) ?? null) : null,
      countryCode: p.countryCode ?? null,
      title: p.title,
      side: p.side ?? null,
      isDelegationLead: p.isDelegationLead,
      position,
    }));
    if (participations.length > 0) await tx.participation.createMany({ data: participations });

    const tags = await findOrCreateTags(tx, data.tags, user.id);
    if (tags.length > 0) {
      await tx.meetingTag.createMany({
        data: tags.map((tag) => ({ meetingId: meeting.id, tagId: tag.id, createdById: user.id })),
      });
    }

    if (data.source) {
      await tx.source.create({
        data: {
          meetingId: meeting.id,
          outlet: data.source.outlet,
          url: data.source.url ?? null,
          publishedOn: data.source.publishedOn ? new Date(`${data.source.publishedOn}T00:00:00Z`) : null,
          text: data.source.text,
          createdById: user.id,
        },
      });
    }

    await recordMeetingRevision(tx, { meetingId: meeting.id, action: "CREATE", actorId: user.id });
    await refreshMeetingSearchVector(tx, meeting.id);
    return { id: meeting.id };
  });
}
