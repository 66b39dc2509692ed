import { ANCHOR_QUOTE_MAX, anchorChoiceValue } from "@/lib/comments/anchor";
import { ANCHOR_FIELDS, ANCHOR_FIELD_LABELS } from "@/lib/comments/anchor-fields";

/** The parts of a meeting's view a comment can be anchored to. */
export interface AnchorSource {
  participants: { personId: string; name: string }[];
  sources: { id: string; outlet: string; segments: { text: string; evidence?: unknown[] }[] }[];
}

export interface AnchorOptionGroup {
  label: string;
  options: { value: string; label: string }[];
}

const QUOTE_SHOWN = 60;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the comment form offers to anchor to: the meeting's fields, its participants, and each
 * stretch of a source that is evidence for something (offsets counted in UTF-16 code units, as the
 * record keeps them).
 */
export function anchorOptions(view: AnchorSource): AnchorOptionGroup[] {
  const evidence: AnchorOptionGroup["options"] = [];
  for (const source of view.sources) {
    let offset = 0;
    for (const segment of source.segments) {
      const start = offset;
      offset += segment.text.length;
      if (!segment.evidence?.length || !segment.text.trim() || segment.text.length > ANCHOR_QUOTE_MAX * 10) continue;
      const quote = segment.text.length > QUOTE_SHOWN ? `${segment.text.slice(0, QUOTE_SHOWN - 1)}…` : segment.text;
      evidence.push({ value: anchorChoiceValue({ kind: "evidence", sourceId: source.id, start, end: offset }), label: `“${quote}” (${source.outlet})` });
    }
  }
  const groups: AnchorOptionGroup[] = [
    { label: "Fields", options: ANCHOR_FIELDS.map((field) => ({ value: anchorChoiceValue({ kind: "field", field }), label: capitalised(ANCHOR_FIELD_LABELS[field]) })) },
    { label: "Participants", options: view.participants.map((p) => ({ value: anchorChoiceValue({ kind: "participant", personId: p.personId }), label: p.name })) },
    { label: "Evidence", options: evidence },
  ];
  return groups.filter((group) => group.options.length > 0);
}
