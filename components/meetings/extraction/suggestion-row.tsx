"use client";

import { Check, X } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { SuggestionItem } from "@/lib/extraction/suggestion-items";
import type { Evidence } from "@/lib/extraction/types";

export type SuggestionDecision = "accepted" | "rejected";

interface SuggestionRowProps {
  item: SuggestionItem;
  decision: SuggestionDecision | undefined;
  onAccept: () => void;
  onReject: () => void;
  onHighlight: (evidence: Evidence | null) => void;
}

/** One suggestion: what it proposes, the words it came from, and accept / reject. */
export function SuggestionRow({ item, decision, onAccept, onReject, onHighlight }: SuggestionRowProps) {
  const highlight = () => onHighlight(item.evidence);
  const clear = () => onHighlight(null);
  const titleOnly = item.field === "participants" && item.suggestion.titleOnly;
  return (
    <li
      className={cn("flex items-start gap-3 rounded-md px-2 py-2 hover:bg-accent/60 focus-within:bg-accent/60", decision === "rejected" && "opacity-60")}
      onMouseEnter={highlight}
      onMouseLeave={clear}
      onFocus={highlight}
      onBlur={clear}
    >
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-1.5 text-sm font-medium">
          <span className={cn(decision === "rejected" && "line-through")}>{item.label}</span>
          {titleOnly ? <Badge variant="warning">Named by office only</Badge> : null}
          {decision === "accepted" ? <Badge variant="success">Accepted</Badge> : null}
          {decision === "rejected" ? <Badge variant="outline">Rejected</Badge> : null}
        </p>
        {item.detail ? <p className="text-xs text-muted-foreground">{item.detail}</p> : null}
        {item.evidence ? (
          <p className="mt-0.5 truncate text-xs text-muted-foreground" title={item.evidence.quote}>
            <span className="sr-only">From the text: </span>“{item.evidence.quote}”
          </p>
        ) : null}
      </div>
      <div className="flex shrink-0 gap-1">
        {/* Pressed, not disabled, once decided: a disabled button would drop keyboard focus. */}
        <Button size="icon-sm" variant="outline" onClick={onAccept} aria-pressed={decision === "accepted"} aria-label={`Accept ${item.label}`}>
          <Check aria-hidden="true" />
        </Button>
        <Button size="icon-sm" variant="ghost" onClick={onReject} aria-pressed={decision === "rejected"} aria-label={`Reject ${item.label}`}>
          <X aria-hidden="true" />
        </Button>
      </div>
    </li>
  );
}
