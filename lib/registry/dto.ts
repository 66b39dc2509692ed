import type { RegistryQuery } from "@/lib/registry/schemas";

// What an index page is given: plain data, no database types, so components may import it.

/** One entity as an index page lists it: plain data for the table. */
export interface RegistryRow {
  /** The detail page's id: a uuid, or a country's code. */
  id: string;
  name: string;
  /** Country, acronym, parent topic: what tells two namesakes apart. */
  detail: string | null;
  /** The spelling the search matched when it is not the name. */
  matched: string | null;
  meetings: number;
  /** YYYY-MM-DD, or null when never met. */
  lastMetOn: string | null;
}

export interface RegistryPage {
  query: RegistryQuery;
  rows: RegistryRow[];
  /** Every entity the search matched (or every one), up to the cap. */
  total: number;
  /** The search matched more than `total`; the list holds the best matches. */
  capped: boolean;
  pageCount: number;
  /** The search was too short to look for (people and organisations need three letters). */
  tooShort?: boolean;
}

/**
 * The shortest search of people and organisations. Shorter ones have no trigram to look up and
 * would read every name and spelling through unaccent (0.4 s for "al" at 7,000 people, 100,000
 * meetings); countries and topics are few enough to search from one letter (and "az" is a code).
 */
export const MIN_ENTITY_SEARCH = 3;

/** How many matches of a search are kept and sorted; a broader search asks the analyst to narrow it. */
export const REGISTRY_MATCH_CAP = 1000;

