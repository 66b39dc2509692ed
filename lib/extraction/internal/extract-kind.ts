import type { MeetingKind } from "@/lib/generated/prisma/enums";
import type { KindSuggestion } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";

/**
 * Cues for each kind, strongest first. A phone or video call outranks everything (no one
 * travelled); "on the sidelines of" outranks a visit; "held talks" in the lead makes talks even
 * when one side is visiting; a visit outranks talks mentioned later. A courtesy call is a visit
 * in person, not a call.
 */
const CUES: { kind: MeetingKind; pattern: RegExp; leadOnly?: boolean }[] = [
  {
    kind: "CALL",
    leadOnly: true,
    pattern:
      /\b(?:(?:tele)?phone (?:call|conversation|talks?)|by (?:tele)?phone|phoned|video ?(?:call|conference|link)|videoconference|video-conference|virtual (?:meeting|talks)|online (?:meeting|talks)|spoke (?:by|on the) (?:tele)?phone)\b/i,
  },
  { kind: "SIDELINES", pattern: /\b(?:on|in) the (?:sidelines?|margins?) of\b/i },
  { kind: "MEDIATION", pattern: /\b(?:mediated|brokered|as (?:a )?mediators?|mediation (?:talks|meeting|session))\b/i },
  { kind: "TALKS", pattern: /\b(?:held|hold|holds|holding) (?:\w+ ){0,2}talks\b|\bnegotiations?\b/i, leadOnly: true },
  {
    kind: "VISIT",
    pattern:
      /\b(?:(?:official|state|working|first|friendly|two-day|three-day|official friendly) visit|visiting|is (?:currently )?(?:on a|visiting)|paid a (?:\w+ )?visit|arrived in)\b/i,
  },
  { kind: "TALKS", pattern: /\b(?:talks (?:with|between|in|on)|(?:bilateral|trilateral|formal|official) talks|for talks)\b/i },
];

export function extractKind(text: string, leadEnd: number): KindSuggestion {
  const lead = text.slice(0, leadEnd);
  for (const cue of CUES) {
    const match = cue.pattern.exec(cue.leadOnly ? lead : text);
    if (match) return { value: cue.kind, evidence: evidenceOf(text, match.index, match.index + match[0].length) };
  }
  const met = /\b(?:met|meets|meeting|received|receives|hosted)\b/i.exec(text);
  return { value: "MEETING", evidence: met ? evidenceOf(text, met.index, met.index + met[0].length) : null };
}
