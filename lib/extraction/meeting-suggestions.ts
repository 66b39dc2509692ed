import type { ExtractionResult } from "@/lib/extraction/types";

/** An existing person or organisation a suggestion names unambiguously. */
export interface EntityLink {
  id: string;
  label: string;
}

/**
 * What the form gets for a pasted text: extraction's suggestions, the existing people and
 * organisations they name unambiguously (index for index), and a title in the analysts' style.
 */
export interface MeetingSuggestions extends ExtractionResult {
  /** Per participant: the one person whose name or a spelling matches theirs. */
  people: (EntityLink | null)[];
  /** Per participant: the one organisation matching theirs by name, spelling or acronym. */
  participantOrganizations: (EntityLink | null)[];
  /** Per organisation suggestion: the one organisation it matches. */
  organizationLinks: (EntityLink | null)[];
  /** "Gafarova meets Liu Jianchao in Baku"; null without two leads to name. */
  title: string | null;
}
