import type { CommentAnchor } from "@/lib/comments/anchor";

// The fields a comment can be about, and how an anchor reads: free of zod, so the comment list
// ships it to the browser without the schemas (lib/comments/anchor.ts).

export const ANCHOR_FIELDS = ["title", "date", "place", "kind", "summary", "outcome", "countries", "topics", "tags"] as const;
export type AnchorField = (typeof ANCHOR_FIELDS)[number];

export const ANCHOR_FIELD_LABELS: Record<AnchorField, string> = {
  title: "the title",
  date: "the date",
  place: "the place",
  kind: "the kind of meeting",
  summary: "the summary",
  outcome: "the outcome",
  countries: "the countries",
  topics: "the topics",
  tags: "the tags",
};

/** "On the summary", "On Liu Jianchao", "On “…quote…” (Trend)". */
export function anchorLabel(anchor: CommentAnchor | null): string | null {
  if (!anchor) return null;
  if (anchor.kind === "field") return `On ${ANCHOR_FIELD_LABELS[anchor.field]}`;
  if (anchor.kind === "participant") return `On ${anchor.name}`;
  return `On “${anchor.quote}” (${anchor.outlet})`;
}
