import type { Side } from "@/lib/generated/prisma/enums";
import type { ParticipantSuggestion } from "@/lib/extraction/types";
import type { PersonDraft } from "@/lib/extraction/internal/people/extract-people";

/** Suggestions from drafts: participants only, sides from the countries' sides. */
export function toParticipantSuggestions(people: PersonDraft[], sides: Map<string, Side | null>): ParticipantSuggestion[] {
  const participants = people.filter((person) => person.participant);
  const leadCountries = new Set(participants.filter((p) => p.ledDelegation && p.country).map((p) => p.country));
  const seenCountries = new Set<string | null>();
  return participants.map((person) => {
    // The first person named for a country leads its side, unless someone is said to lead it.
    const isLead = person.ledDelegation || (!leadCountries.has(person.country) && !seenCountries.has(person.country));
    seenCountries.add(person.country);
    return {
      name: person.name,
      aliases: person.aliases,
      title: person.title?.text ?? null,
      organization: person.organization,
      country: person.country,
      side: person.country ? sides.get(person.country) ?? null : null,
      isDelegationLead: isLead,
      evidence: person.evidence,
    };
  });
}
