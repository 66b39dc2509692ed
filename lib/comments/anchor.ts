import { z } from "zod";
import { ANCHOR_FIELDS, type AnchorField } from "@/lib/comments/anchor-fields";

// What a comment is about. Participants and evidence rows are rewritten on every save of a
// meeting (lib/meetings/write), so an anchor names what survives a save: a participant by person,
// an evidence span by its source (whose id is kept) with offsets and the quote itself.

/** The longest quote a comment keeps of an evidence span. */
export const ANCHOR_QUOTE_MAX = 300;

export const commentAnchorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("field"), field: z.enum(ANCHOR_FIELDS) }),
  z.object({ kind: z.literal("participant"), personId: z.uuid(), name: z.string().max(500) }),
  z.object({
    kind: z.literal("evidence"),
    sourceId: z.uuid(),
    start: z.int().min(0),
    end: z.int().min(1),
    quote: z.string().max(ANCHOR_QUOTE_MAX + 1),
    outlet: z.string().max(500),
  }),
]);
export type CommentAnchor = z.infer<typeof commentAnchorSchema>;

/**
 * What the form sends for an anchor: "" (the meeting), "field:summary", "participant:<person id>"
 * or "evidence:<source id>:<start>:<end>". The server looks the rest up (names, the quote): the
 * form's word is never taken for them.
 */
export type AnchorChoice =
  | { kind: "field"; field: AnchorField }
  | { kind: "participant"; personId: string }
  | { kind: "evidence"; sourceId: string; start: number; end: number };

const choiceSchema = z.union([
  z.literal("").transform(() => null),
  z.templateLiteral(["field:", z.enum(ANCHOR_FIELDS)]).transform((v) => ({ kind: "field" as const, field: v.slice(6) as AnchorField })),
  z
    .string()
    .regex(/^participant:[0-9a-f-]{36}$/i)
    .transform((v) => ({ kind: "participant" as const, personId: v.slice(12).toLowerCase() })),
  z
    .string()
    .regex(/^evidence:[0-9a-f-]{36}:\d{1,9}:\d{1,9}$/i)
    .transform((v) => {
      const [, sourceId, start, end] = v.split(":");
      return { kind: "evidence" as const, sourceId: sourceId!.toLowerCase(), start: Number(start), end: Number(end) };
    }),
]);

export const anchorChoiceSchema = z.string().max(200).pipe(choiceSchema);

/** The form's value for an anchor choice (the inverse of anchorChoiceSchema). */
export function anchorChoiceValue(choice: AnchorChoice | null): string {
  if (!choice) return "";
  if (choice.kind === "field") return `field:${choice.field}`;
  if (choice.kind === "participant") return `participant:${choice.personId}`;
  return `evidence:${choice.sourceId}:${choice.start}:${choice.end}`;
}
