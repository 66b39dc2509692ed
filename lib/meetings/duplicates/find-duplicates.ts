import "server-only";
import { z } from "zod";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isIsoDay } from "@/lib/meetings/list-options";

const duplicateQuerySchema = z.object({
  date: z.string().refine(isIsoDay),
  countryCodes: z.array(z.string().regex(/^[A-Z]{2}$/)).max(50).default([]),
  personIds: z.array(z.uuid()).max(200).default([]),
  /** The meeting being edited, never its own duplicate. */
  excludeId: z.uuid().optional(),
});

export interface PossibleDuplicate {
  id: string;
  title: string;
  date: string;
  countries: string[];
  /** Why it is shown: "same countries" and/or "shares a participant". */
  reasons: string[];
}

/**
 * Live meetings within a day of `date` between the same countries (every country of either is in
 * the other, or at least two shared), or with one of `personIds` taking part: what the analyst
 * should see before recording a meeting that may already be there. Rule: analysts and admins.
 */
export async function findPossibleDuplicates(input: unknown): Promise<PossibleDuplicate[]> {
  await requireRole("analyst");
  return unsafeFindPossibleDuplicates(db, input);
}

/**
 * The same, read through `client` (a transaction's, say) without the caller's check: for work
 * that checked its caller when it was started (batch ingest, lib/ingest).
 */
export async function unsafeFindPossibleDuplicates(client: Pick<Prisma.TransactionClient, "$queryRaw">, input: unknown): Promise<PossibleDuplicate[]> {
  const parsed = duplicateQuerySchema.safeParse(input);
  if (!parsed.success) return [];
  const { date, countryCodes, personIds, excludeId } = parsed.data;
  if (countryCodes.length === 0 && personIds.length === 0) return [];
  const codes = [...new Set(countryCodes)];
  const rows = await client.$queryRaw<{ id: string; title: string; date: Date; countries: string[]; sameCountries: boolean; sharedPerson: boolean }[]>`
    WITH candidates AS (
      SELECT m."id", m."title", m."date",
        ARRAY(SELECT mc."countryCode"::text FROM "MeetingCountry" mc WHERE mc."meetingId" = m."id" ORDER BY 1) AS countries,
        EXISTS (SELECT 1 FROM "Participation" p WHERE p."meetingId" = m."id" AND p."personId" = ANY(${personIds}::uuid[])) AS "sharedPerson"
      FROM "Meeting" m
      WHERE m."deletedAt" IS NULL
        AND m."date" BETWEEN ${date}::date - 1 AND ${date}::date + 1
        AND (${excludeId ?? null}::uuid IS NULL OR m."id" <> ${excludeId ?? null}::uuid)
    )
    SELECT "id", "title", "date", countries, "sharedPerson",
      (cardinality(${codes}::text[]) > 0 AND (
        (countries <@ ${codes}::text[] AND cardinality(countries) > 0)
        OR ${codes}::text[] <@ countries
        OR cardinality(ARRAY(SELECT unnest(countries) INTERSECT SELECT unnest(${codes}::text[]))) >= 2)) AS "sameCountries"
    FROM candidates
    ORDER BY "date", "title"`;
  return rows
    .filter((row) => row.sameCountries || row.sharedPerson)
    .slice(0, 20)
    .map((row) => ({
      id: row.id,
      title: row.title,
      date: row.date.toISOString().slice(0, 10),
      countries: row.countries,
      reasons: [row.sameCountries ? "same countries" : null, row.sharedPerson ? "shares a participant" : null].filter((r): r is string => r !== null),
    }));
}
