import type { Prisma } from "@/lib/generated/prisma/client";
import { unsafeFindPossibleDuplicates } from "@/lib/meetings/duplicates/find-duplicates";
import { foldName } from "@/lib/ingest/draft-record";

type Tx = Prisma.TransactionClient;

/** A meeting an item is another account of. */
export interface SameMeeting {
  id: string;
  title: string;
  /** A machine draft no one has accepted yet: the item's source joins it. Else the source is proposed. */
  machineDrafted: boolean;
  sources: number;
}

/**
 * The meeting an item's draft is another account of, if any: the duplicate finder's candidates
 * (live meetings a day either side, same countries or a shared participant), narrowed to the same
 * principals: a participant in common (a linked person, or a name as either text spells it,
 * accents and case aside), or, where neither names anyone, exactly the same countries. Two
 * meetings between the same countries on the same day with different people stay two.
 * A recorded meeting wins over a machine draft when both match.
 */
export async function findSameMeeting(
  tx: Tx,
  draft: { date: string; countryCodes: string[]; personIds: string[]; names: string[] },
): Promise<SameMeeting | null> {
  const candidates = await unsafeFindPossibleDuplicates(tx, { date: draft.date, countryCodes: draft.countryCodes, personIds: draft.personIds });
  if (candidates.length === 0) return null;
  const ids = candidates.map((c) => c.id);
  const rows = await tx.$queryRaw<{ id: string; machineDrafted: boolean; sources: number; names: string[]; personIds: string[] }[]>`
    SELECT m."id"::text AS "id", m."machineDrafted",
      (SELECT count(*)::int FROM "Source" s WHERE s."meetingId" = m."id") AS "sources",
      ARRAY(
        SELECT p."name" FROM "Participation" x JOIN "Person" p ON p."id" = x."personId" WHERE x."meetingId" = m."id"
        UNION SELECT a."alias" FROM "Participation" x JOIN "PersonAlias" a ON a."personId" = x."personId" WHERE x."meetingId" = m."id"
        UNION SELECT unnest(i."unlinked") FROM "IngestItem" i WHERE i."meetingId" = m."id" AND i."outcome" IN ('DRAFTED', 'ADDED_TO_DRAFT')
      ) AS "names",
      ARRAY(SELECT x."personId"::text FROM "Participation" x WHERE x."meetingId" = m."id") AS "personIds"
    FROM "Meeting" m WHERE m."id" = ANY(${ids}::uuid[])`;
  const wanted = new Set(draft.names);
  const countries = [...new Set(draft.countryCodes)].sort().join(",");
  const scored = rows.flatMap((row) => {
    const candidate = candidates.find((c) => c.id === row.id)!;
    const names = new Set(row.names.map(foldName));
    const shared = [...wanted].filter((name) => names.has(name)).length + draft.personIds.filter((id) => row.personIds.includes(id)).length;
    const sameCountries = candidate.countries.join(",") === countries;
    if (shared === 0 && !(wanted.size === 0 && names.size === 0 && sameCountries)) return [];
    return [{ row, candidate, shared }];
  });
  scored.sort((a, b) => b.shared - a.shared || Number(a.row.machineDrafted) - Number(b.row.machineDrafted));
  const best = scored[0];
  return best ? { id: best.row.id, title: best.candidate.title, machineDrafted: best.row.machineDrafted, sources: best.row.sources } : null;
}
