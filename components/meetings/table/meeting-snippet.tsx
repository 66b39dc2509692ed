import { Fragment } from "react";

// Same marks as lib/meetings/internal/search/snippets.ts; control characters never occur in typed text.
const MATCH_START = "\u0002";
const MATCH_END = "\u0003";

/** A search snippet with the matched words highlighted; the text is never parsed as HTML. */
export function MeetingSnippet({ snippet }: { snippet: string }) {
  const parts = snippet.split(MATCH_START);
  return (
    <p className="mt-1 line-clamp-2 basis-full text-xs text-muted-foreground">
      {parts.map((part, index) => {
        if (index === 0) return <Fragment key={index}>{part}</Fragment>;
        const [matched = "", rest = ""] = part.split(MATCH_END);
        return (
          <Fragment key={index}>
            <mark className="rounded-sm bg-accent px-0.5 text-foreground">{matched}</mark>
            {rest}
          </Fragment>
        );
      })}
    </p>
  );
}
