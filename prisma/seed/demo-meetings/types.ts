import type { DatePrecision, MeetingKind, Side } from "@/lib/generated/prisma/enums";

/** A passage of the source: the `nth` (0-based) occurrence of `quote` in its text. */
export interface Span {
  quote: string;
  nth?: number;
}

export interface DemoOrganization {
  name: string;
  acronym?: string;
  countryCode?: string;
  /** Key of the parent organisation in DEMO_ORGANIZATIONS. */
  parent?: string;
}

export interface DemoPerson {
  name: string;
  countryCode: string;
}

export interface DemoParticipant {
  /** Key in DEMO_PEOPLE. */
  person: string;
  /** The title as the source states it at the time. */
  title: string;
  organization?: string;
  countryCode: string;
  side: Side;
  isDelegationLead?: boolean;
  evidence: Span;
}

/** One wire item and what a careful analyst records from it. */
export interface DemoMeeting {
  /** File under prisma/seed/demo-articles/. */
  file: string;
  source: { outlet: string; publishedOn: string; url: string | null; title: string };
  title: string;
  kind: MeetingKind;
  date: string;
  datePrecision: DatePrecision;
  place: string;
  locationCountryCode: string;
  summary: string;
  outcome: string;
  countries: { code: string; side: Side; evidence?: Span }[];
  participants: DemoParticipant[];
  /** Other spellings of a person seen in this source, with where. */
  personAliases?: { person: string; alias: string; evidence: Span }[];
  organizationAliases?: { organization: string; alias: string; evidence: Span }[];
  /** Organisations the item names without anyone representing them. */
  mentionedOrganizations?: { organization: string; evidence: Span }[];
  /** Topic slugs from the controlled vocabulary, each with a passage where the item shows it. */
  topics: { slug: string; evidence?: Span }[];
  tags: string[];
  evidence: { field: "date" | "place" | "kind" | "outcome"; span: Span }[];
}
