import { createHash } from "node:crypto";

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/\s+/g, " ").trim();

/**
 * A row's content key: sha256 over what makes it this meeting — the date and its precision, the
 * leader and their country, the country and city visited, the title — folded for case, accents and
 * spaces. Not the file's hash and row number: a spreadsheet exported again, re-sorted or with a
 * column added still names the same meetings, and must create nothing new (decision 0042).
 */
export function contentKey(parts: { date: string; precision: string; leader: string; leaderCountry: string; countryVisited: string; city: string; title: string }): string {
  const folded = [parts.date, parts.precision, fold(parts.leader), parts.leaderCountry, parts.countryVisited, fold(parts.city), fold(parts.title)];
  return createHash("sha256").update(JSON.stringify(folded)).digest("hex");
}
