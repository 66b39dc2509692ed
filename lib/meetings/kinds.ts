import type { DatePrecision, MeetingKind, MeetingStatus, Side } from "@/lib/generated/prisma/enums";

/**
 * Labels in the analyst's words, and the CAMEO 04x ("Consult") codes a meeting exports as.
 *
 * Decisions (CAMEO 1.1b3, section 04):
 * - MEETING → 040 "Consult, not specified": an in-person meeting says nothing more specific.
 * - CALL → 041 "Discuss by telephone" (video calls too: CAMEO has no separate code).
 * - VISIT → 042 "Make a visit" for the visiting (guest) side, 043 "Host a visit" for the host.
 *   CAMEO events are directed, so one visit exports as one event per side.
 * - SIDELINES → 044 "Meet at a third location": sidelines of a multilateral event.
 * - MEDIATION → 045 "Mediate".
 * - TALKS → 046 "Engage in negotiation".
 */
export const MEETING_KINDS = ["MEETING", "VISIT", "TALKS", "CALL", "SIDELINES", "MEDIATION"] as const satisfies readonly MeetingKind[];

export const MEETING_KIND_LABELS: Record<MeetingKind, string> = {
  MEETING: "Meeting",
  VISIT: "Visit",
  TALKS: "Talks",
  CALL: "Phone or video call",
  SIDELINES: "On the sidelines",
  MEDIATION: "Mediation",
};

export const MEETING_KIND_DESCRIPTIONS: Record<MeetingKind, string> = {
  MEETING: "An in-person meeting",
  VISIT: "One side visits the other",
  TALKS: "Negotiations or formal talks",
  CALL: "By telephone or video link",
  SIDELINES: "On the sidelines of a multilateral event",
  MEDIATION: "A third party mediates between others",
};

export type CameoCode = "040" | "041" | "042" | "043" | "044" | "045" | "046";

const CAMEO_BY_KIND: Record<MeetingKind, CameoCode> = {
  MEETING: "040",
  CALL: "041",
  VISIT: "042",
  SIDELINES: "044",
  MEDIATION: "045",
  TALKS: "046",
};

/** The CAMEO code for a meeting of `kind`, seen from a country on `side` (visits depend on it). */
export function cameoCodeFor(kind: MeetingKind, side?: Side | null): CameoCode {
  if (kind === "VISIT" && side === "HOST") return "043";
  return CAMEO_BY_KIND[kind];
}

/** In the order a meeting goes through them (decision 0043). */
export const MEETING_STATUSES = ["DRAFT", "IN_REVIEW", "RETURNED", "PUBLISHED"] as const satisfies readonly MeetingStatus[];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  DRAFT: "Draft",
  IN_REVIEW: "In review",
  RETURNED: "Returned",
  PUBLISHED: "Published",
};

export const SIDES = ["HOST", "GUEST", "THIRD_PARTY"] as const satisfies readonly Side[];

export const SIDE_LABELS: Record<Side, string> = {
  HOST: "Host",
  GUEST: "Guest",
  THIRD_PARTY: "Third party",
};

export const DATE_PRECISIONS = ["DAY", "MONTH", "YEAR"] as const satisfies readonly DatePrecision[];

export const DATE_PRECISION_LABELS: Record<DatePrecision, string> = {
  DAY: "Exact day",
  MONTH: "Month only",
  YEAR: "Year only",
};
