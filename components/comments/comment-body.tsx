import { bodyPieces } from "@/lib/comments/body-text";

/**
 * A comment's text as React text nodes: links (http and https only) open in a new tab without
 * access to this one and without lending Parley's standing to the address (noopener nofollow);
 * mentions are marked. Nothing in a comment is ever HTML.
 */
export function CommentBody({ body, mentions }: { body: string; mentions: { userId: string; name: string }[] }) {
  return (
    <p className="text-sm break-words whitespace-pre-wrap">
      {bodyPieces(body, mentions).map((piece, index) => {
        if (piece.kind === "link") {
          return (
            <a key={index} href={piece.href} target="_blank" rel="noopener noreferrer nofollow" className="text-primary underline underline-offset-2">
              {piece.text}
            </a>
          );
        }
        if (piece.kind === "mention") {
          return (
            <span key={index} className="rounded-sm bg-accent px-0.5 font-medium text-accent-foreground">
              {piece.text}
            </span>
          );
        }
        return piece.text;
      })}
    </p>
  );
}
