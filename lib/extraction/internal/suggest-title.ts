import type { ExtractionResult, ParticipantSuggestion } from "@/lib/extraction/types";

// Where the family name comes first, analysts write the whole name ("Liu Jianchao", not "Jianchao").
const FAMILY_NAME_FIRST = new Set(["CN", "TW", "HK", "MO", "KP", "KR", "VN"]);

function shortName(person: ParticipantSuggestion): string {
  const words = person.name.split(/\s+/u);
  return person.country && FAMILY_NAME_FIRST.has(person.country) ? person.name : (words.at(-1) ?? person.name);
}

/** "Foreign Minister Holzner": an office short enough for a headline, before the short name. */
function withOffice(person: ParticipantSuggestion): string {
  const title = person.title?.trim();
  const short = title && title.split(/\s+/u).length <= 3 && !/\b(?:of|and|for|to|the)\b/iu.test(title) && /^\p{Lu}/u.test(title);
  return short ? `${title} ${shortName(person)}` : person.name;
}

function lead(people: ParticipantSuggestion[], side: "HOST" | "GUEST"): ParticipantSuggestion | undefined {
  return people.find((p) => p.side === side && p.isDelegationLead) ?? people.find((p) => p.side === side);
}

/**
 * A title as analysts write them: the host's lead by name, what they did, the guest's lead with
 * a short office, and the place ("Nurlanov holds talks with Foreign Minister Holzner in Astana").
 * Null when the text does not name two people to put in it.
 */
export function suggestTitle(result: ExtractionResult): string | null {
  const named = result.participants.filter((p) => !p.titleOnly && p.name.trim());
  const host = lead(named, "HOST") ?? named[0];
  const guest = lead(named, "GUEST") ?? named.find((p) => p !== host);
  if (!host || !guest || host === guest) return null;
  const place = result.location?.city && result.kind.value !== "CALL" ? ` in ${result.location.city}` : "";
  switch (result.kind.value) {
    case "CALL":
      return `${shortName(host)} and ${shortName(guest)} hold phone call`;
    case "TALKS":
      return `${shortName(host)} holds talks with ${withOffice(guest)}${place}`;
    case "VISIT":
      return `${withOffice(guest)} visits${result.location?.city ? ` ${result.location.city}` : ""} for talks with ${shortName(host)}`;
    case "SIDELINES":
      return `${shortName(host)} meets ${withOffice(guest)} on the sidelines${place}`;
    default:
      return `${shortName(host)} meets ${withOffice(guest)}${place}`;
  }
}
