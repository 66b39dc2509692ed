import "server-only";
import { ANCHOR_QUOTE_MAX, type AnchorChoice, type CommentAnchor } from "@/lib/comments/anchor";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

const invalid = (message: string) => new AppError("validation", "Check the comment.", { fieldErrors: { anchor: [message] } });

/**
 * The anchor a form chose, checked against the meeting as it is now and completed from it: the
 * participant's name, the evidence span's quote and outlet. The form's word is never taken for those.
 */
export async function resolveAnchor(tx: Tx, meetingId: string, choice: AnchorChoice | null): Promise<CommentAnchor | null> {
  if (!choice || choice.kind === "field") return choice;
  if (choice.kind === "participant") {
    const found = await tx.participation.findFirst({ where: { meetingId, personId: choice.personId }, select: { person: { select: { name: true } } } });
    if (!found) throw invalid("This person is no longer a participant: choose again.");
    return { kind: "participant", personId: choice.personId, name: found.person.name };
  }
  const source = await tx.source.findFirst({ where: { id: choice.sourceId, meetingId }, select: { outlet: true, text: true } });
  if (!source || choice.start >= choice.end || choice.end > source.text.length) throw invalid("This passage is no longer in the sources: choose again.");
  const quote = source.text.slice(choice.start, choice.end);
  return {
    kind: "evidence",
    sourceId: choice.sourceId,
    start: choice.start,
    end: choice.end,
    quote: quote.length > ANCHOR_QUOTE_MAX ? `${quote.slice(0, ANCHOR_QUOTE_MAX - 1)}…` : quote,
    outlet: source.outlet,
  };
}
