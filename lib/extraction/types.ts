import type { DatePrecision, MeetingKind, Side } from "@/lib/generated/prisma/enums";

/**
 * What extraction proposes for a pasted wire item. Every suggestion carries the span of the text
 * it came from, so the form can highlight it and keep it as evidence once the analyst accepts.
 */

/** A span of the analysed text: UTF-16 offsets, and `text.slice(start, end) === quote`. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export interface DateSuggestion {
  /** ISO day (YYYY-MM-DD); the first of the month or year when less precise. */
  value: string;
  precision: DatePrecision;
  /** Null only when the text gives no date and the published date is proposed instead. */
  evidence: Evidence | null;
}

export interface LocationSuggestion {
  city: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  evidence: Evidence;
}

export interface KindSuggestion {
  value: MeetingKind;
  evidence: Evidence | null;
}

export interface CountrySuggestion {
  /** ISO 3166-1 alpha-2. */
  code: string;
  side: Side | null;
  evidence: Evidence;
}

export interface ParticipantSuggestion {
  name: string;
  /** Other spellings of the same person seen in the text ("Lu Jianchao" beside "Liu Jianchao"). */
  aliases: { name: string; evidence: Evidence }[];
  /** As stated, without a leading nationality adjective ("Vice Premier", not "Chinese Vice Premier"). */
  title: string | null;
  organization: string | null;
  country: string | null;
  side: Side | null;
  isDelegationLead: boolean;
  /** Named only by office ("the Chinese ambassador"): the analyst must find out who it was. */
  titleOnly?: boolean;
  evidence: Evidence;
}

export interface OrganizationSuggestion {
  name: string;
  acronym?: string;
  /** True when inferred from a title ("Foreign Minister" → the foreign ministry), not named in the text. */
  inferred?: boolean;
  evidence: Evidence;
}

export interface TopicSuggestion {
  /** A topic name from the controlled vocabulary (lib/topics/vocabulary.ts). */
  name: string;
  evidence: Evidence;
}

export interface TextSuggestion {
  value: string;
  evidence: Evidence;
}

export interface ExtractionResult {
  date: DateSuggestion | null;
  location: LocationSuggestion | null;
  kind: KindSuggestion;
  countries: CountrySuggestion[];
  participants: ParticipantSuggestion[];
  organizations: OrganizationSuggestion[];
  topics: TopicSuggestion[];
  tags: TextSuggestion[];
  outcomes: TextSuggestion[];
  /** Why the result may be incomplete: text cut at the size limit, time limit reached. */
  notes: string[];
  /** Set when the paste holds several items (a page of news): the suggestions are for the first. */
  itemsInText?: number;
}

export interface ExtractionOptions {
  /** The source's published date (YYYY-MM-DD): dates without a year and weekdays resolve against it. */
  publishedOn?: string | null;
  /** Stop adding suggestions after this many milliseconds (default 2,000). */
  timeLimitMs?: number;
  /** Told about a rule that tripped (the result is then empty): the server logs it. */
  onError?: (error: unknown) => void;
}
