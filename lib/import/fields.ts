/**
 * What an imported row can say about a meeting, in the analyst's words, with the headers each is
 * guessed from. A leaders' visits dataset (date, leader, title, country visited, city, purpose) maps
 * whole; a team's spreadsheet maps what it has.
 */
export const IMPORT_FIELDS = [
  "date",
  "leader",
  "leaderTitle",
  "leaderCountry",
  "organization",
  "countryVisited",
  "city",
  "title",
  "purpose",
  "kind",
  "tags",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  date: "Date",
  leader: "Leader (participant)",
  leaderTitle: "Leader's title",
  leaderCountry: "Leader's country",
  organization: "Leader's organisation",
  countryVisited: "Country visited (host)",
  city: "City (place)",
  title: "Meeting title",
  purpose: "Purpose (summary)",
  kind: "Kind of meeting",
  tags: "Tags",
};

/** Without these a row cannot become a meeting. */
export const REQUIRED_FIELDS: readonly ImportField[] = ["date", "countryVisited"];

/**
 * Headers each field is guessed from, after folding (lower case, letters and digits only). In a
 * visits dataset "title" is the leader's, so it is guessed as that; a meeting title comes from
 * "meeting", "event", "headline" or "subject".
 */
const GUESSES: Record<ImportField, string[]> = {
  date: ["date", "day", "when", "visitdate", "startdate", "meetingdate", "start"],
  leader: ["leader", "name", "person", "visitor", "participant", "headofstate", "official", "who"],
  leaderTitle: ["title", "leadertitle", "position", "office", "role", "jobtitle"],
  leaderCountry: ["leadercountry", "countryofleader", "homecountry", "visitorcountry", "nationality", "from", "origin", "guestcountry"],
  organization: ["organisation", "organization", "agency", "ministry", "institution", "party"],
  countryVisited: ["countryvisited", "visitedcountry", "country", "destination", "hostcountry", "to", "locationcountry"],
  city: ["city", "place", "location", "town", "venue"],
  title: ["meetingtitle", "meeting", "event", "headline", "subject"],
  purpose: ["purpose", "summary", "description", "notes", "remarks", "reason", "agenda", "details"],
  kind: ["kind", "type", "meetingtype", "kindofmeeting"],
  tags: ["tags", "tag", "labels", "keywords"],
};

const fold = (header: string) => header.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "");

/** Which column each field is guessed to be in (its index), from the headers alone; each column used once. */
export function guessColumns(headers: string[]): Partial<Record<ImportField, number>> {
  const folded = headers.map(fold);
  const used = new Set<number>();
  const guesses: Partial<Record<ImportField, number>> = {};
  // Exact names first, for every field, so "country" is not taken by a field that merely contains it.
  for (const exact of [true, false]) {
    for (const field of IMPORT_FIELDS) {
      if (guesses[field] !== undefined) continue;
      for (const name of GUESSES[field]) {
        const index = folded.findIndex((header, i) => !used.has(i) && (exact ? header === name : name.length >= 4 && header.includes(name)));
        if (index >= 0) {
          guesses[field] = index;
          used.add(index);
          break;
        }
      }
    }
  }
  return guesses;
}
