import "server-only";
import { z } from "zod";
import { requireRole, requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { meetingIdSchema, toFieldErrors } from "@/lib/meetings/schemas";
import { safeText } from "@/lib/meetings/write/safe-text";
import { runMeetingWork, type MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

/**
 * Other spellings of a person's or an organisation's name, each with the source it was seen in.
 * One write path for both: every change is checked (analysts and admins), validated, recorded as a
 * revision of the entity with its aliases before and after, and run as a meeting unit of work, so
 * the meetings that are found by the spelling are re-indexed in the same transaction.
 */
export type AliasOwner = "person" | "organization";

type Tx = Prisma.TransactionClient;
type AliasRow = { id: string; alias: string; sourceId: string | null };
/** A whole alias row, as a merge keeps it to put it back on undo. */
export type FullAliasRow = AliasRow & { note: string };

interface OwnerStore {
  /** The entity as revisions name it. */
  revisionType: "Person" | "Organization";
  /** "This person" / "This organisation", for messages. */
  noun: string;
  exists: (tx: Tx, id: string) => Promise<boolean>;
  list: (tx: Tx, id: string) => Promise<AliasRow[]>;
  create: (tx: Tx, id: string, alias: string, sourceId: string | null) => Promise<unknown>;
  /** The owner of alias `aliasId`, or null when it is gone. */
  ownerOf: (tx: Tx, aliasId: string) => Promise<string | null>;
  remove: (tx: Tx, aliasId: string) => Promise<unknown>;
  /** For merges: every row of the owner, moving rows to another owner, putting a row back. */
  rows: (tx: Tx, id: string) => Promise<FullAliasRow[]>;
  move: (tx: Tx, aliasIds: string[], toId: string) => Promise<unknown>;
  insert: (tx: Tx, id: string, row: Omit<FullAliasRow, "id"> & { id?: string }) => Promise<{ id: string }>;
  /** Marks the meetings whose search rows hold the owner's spellings for re-indexing. */
  reindex: (unit: MeetingUnitOfWork, id: string) => Promise<void>;
  /** Whether a source is one of a live meeting the owner took part in (what an alias may cite). */
  citable: (tx: Tx, id: string, sourceId: string) => Promise<boolean>;
}

const select = { id: true, alias: true, sourceId: true } as const;

export const ALIAS_STORES: Record<AliasOwner, OwnerStore> = {
  person: {
    revisionType: "Person",
    noun: "This person",
    exists: async (tx, id) => Boolean(await tx.person.findFirst({ where: { id, mergedIntoId: null }, select: { id: true } })),
    list: (tx, personId) => tx.personAlias.findMany({ where: { personId }, select, orderBy: { alias: "asc" } }),
    create: (tx, personId, alias, sourceId) => tx.personAlias.create({ data: { personId, alias, sourceId } }),
    ownerOf: async (tx, id) => (await tx.personAlias.findUnique({ where: { id }, select: { personId: true } }))?.personId ?? null,
    remove: (tx, id) => tx.personAlias.delete({ where: { id } }),
    rows: (tx, personId) => tx.personAlias.findMany({ where: { personId }, select: { ...select, note: true }, orderBy: { id: "asc" } }),
    move: (tx, ids, personId) => tx.personAlias.updateMany({ where: { id: { in: ids } }, data: { personId } }),
    insert: (tx, personId, row) => tx.personAlias.create({ data: { ...row, personId }, select: { id: true } }),
    reindex: (unit, personId) => unit.reindexMeetingsOfPeople([personId]),
    citable: async (tx, personId, sourceId) =>
      (await tx.source.count({ where: { id: sourceId, meeting: { deletedAt: null, participations: { some: { personId } } } } })) > 0,
  },
  organization: {
    revisionType: "Organization",
    noun: "This organisation",
    exists: async (tx, id) => Boolean(await tx.organization.findFirst({ where: { id, mergedIntoId: null }, select: { id: true } })),
    list: (tx, organizationId) => tx.organizationAlias.findMany({ where: { organizationId }, select, orderBy: { alias: "asc" } }),
    create: (tx, organizationId, alias, sourceId) => tx.organizationAlias.create({ data: { organizationId, alias, sourceId } }),
    ownerOf: async (tx, id) => (await tx.organizationAlias.findUnique({ where: { id }, select: { organizationId: true } }))?.organizationId ?? null,
    remove: (tx, id) => tx.organizationAlias.delete({ where: { id } }),
    rows: (tx, organizationId) => tx.organizationAlias.findMany({ where: { organizationId }, select: { ...select, note: true }, orderBy: { id: "asc" } }),
    move: (tx, ids, organizationId) => tx.organizationAlias.updateMany({ where: { id: { in: ids } }, data: { organizationId } }),
    insert: (tx, organizationId, row) => tx.organizationAlias.create({ data: { ...row, organizationId }, select: { id: true } }),
    // Organisations' spellings are not in the meetings' search rows: a search matches them by
    // name when it runs (lib/meetings/search/build-where.ts), so no meeting needs re-indexing.
    reindex: async () => {},
    citable: async (tx, organizationId, sourceId) =>
      (await tx.source.count({
        where: { id: sourceId, meeting: { deletedAt: null, OR: [{ participations: { some: { organizationId } } }, { evidence: { some: { organizationId } } }] } },
      })) > 0,
  },
};

export const addAliasSchema = z.object({
  ownerId: z.uuid("Choose whose spelling this is."),
  alias: safeText(200, "The spelling").pipe(z.string().min(1, "Enter the spelling.")),
  sourceId: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid("Choose a source from the list.").optional()),
});
export const removeAliasSchema = z.object({ aliasId: z.uuid("Choose a spelling.") });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: toFieldErrors(parsed.error) });
  return parsed.data;
}

async function recordRevision(tx: Tx, store: OwnerStore, ownerId: string, actorId: string, before: AliasRow[]) {
  await tx.revision.create({
    data: { entityType: store.revisionType, entityId: ownerId, action: "UPDATE", actorId, before: { aliases: before }, after: { aliases: await store.list(tx, ownerId) } },
  });
}

/** Records another spelling and where it was seen. Rule: analysts and admins. */
export async function addAlias(owner: AliasOwner, input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { ownerId, alias, sourceId } = parse(addAliasSchema, input);
  const store = ALIAS_STORES[owner];
  await runMeetingWork(db, user.id, async (unit) => {
    const tx = unit.tx;
    if (!(await store.exists(tx, ownerId))) throw new AppError("not_found", `${store.noun} does not exist or was merged.`);
    if (sourceId && !(await store.citable(tx, ownerId, sourceId))) {
      throw new AppError("validation", "Check the highlighted fields.", {
        fieldErrors: { sourceId: ["Choose a source of a meeting they took part in; this one was deleted or is not theirs."] },
      });
    }
    const before = await store.list(tx, ownerId);
    if (before.some((a) => a.alias.toLowerCase() === alias.toLowerCase())) {
      throw new AppError("validation", "Check the highlighted fields.", { fieldErrors: { alias: ["This spelling is already recorded."] } });
    }
    await store.create(tx, ownerId, alias, sourceId ?? null);
    await recordRevision(tx, store, ownerId, user.id, before);
    await store.reindex(unit, ownerId);
  });
}

/** Removes a recorded spelling (the revision keeps it). Rule: analysts and admins. */
export async function removeAlias(owner: AliasOwner, input: unknown): Promise<void> {
  const user = await requireRole("analyst");
  const { aliasId } = parse(removeAliasSchema, input);
  const store = ALIAS_STORES[owner];
  await runMeetingWork(db, user.id, async (unit) => {
    const tx = unit.tx;
    const ownerId = await store.ownerOf(tx, aliasId);
    if (!ownerId) throw new AppError("not_found", "This spelling was already removed.");
    const before = await store.list(tx, ownerId);
    await store.remove(tx, aliasId);
    await recordRevision(tx, store, ownerId, user.id, before);
    await store.reindex(unit, ownerId);
  });
}

/** The spellings of a person or an organisation, by spelling, each with the source it was seen in: for the entity page's one read. */
export function entityAliasesStatement(owner: AliasOwner, id: string): Prisma.Sql {
  const [table, ownedBy] = owner === "person" ? [Prisma.sql`"PersonAlias"`, Prisma.sql`a."personId"`] : [Prisma.sql`"OrganizationAlias"`, Prisma.sql`a."organizationId"`];
  return Prisma.sql`
    SELECT a."id"::text AS "id", a."alias",
           CASE WHEN s."id" IS NULL THEN NULL
                ELSE json_build_object('id', s."id"::text, 'meetingId', s."meetingId"::text, 'outlet', s."outlet", 'title', s."title") END AS "source"
    FROM ${table} a LEFT JOIN "Source" s ON s."id" = a."sourceId"
    WHERE ${ownedBy} = ${id}::uuid
    ORDER BY a."alias"`;
}

/**
 * The sources an alias can be said to come from: those of the (live) meetings the person or
 * organisation took part in, newest first. Signed-in users.
 */
export async function listAliasSources(owner: AliasOwner, id: string): Promise<{ id: string; label: string }[]> {
  await requireUser();
  if (!meetingIdSchema.safeParse(id).success) return [];
  const participants = owner === "person" ? Prisma.sql`p."personId" = ${id}::uuid` : Prisma.sql`p."organizationId" = ${id}::uuid`;
  const rows = await db.$queryRaw<{ id: string; outlet: string; title: string; meetingTitle: string }[]>`
    SELECT DISTINCT ON (m."date", s."id") s."id"::text AS "id", s."outlet", s."title", m."title" AS "meetingTitle"
    FROM "Participation" p JOIN "Meeting" m ON m."id" = p."meetingId" AND m."deletedAt" IS NULL
    JOIN "Source" s ON s."meetingId" = m."id"
    WHERE ${participants}
    ORDER BY m."date" DESC NULLS LAST, s."id" LIMIT 50`;
  return rows.map((r) => ({ id: r.id, label: `${r.title || r.outlet} (${r.meetingTitle})` }));
}
