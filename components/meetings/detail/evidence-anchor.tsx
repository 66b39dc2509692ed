"use client";

import { Highlighter } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";
import { useEvidence } from "@/components/meetings/detail/evidence-context";

/**
 * Wraps something the sources support: pointing at it or focusing anything inside lights its
 * spans in the source text. Keyboard and touch users get a "Show evidence" toggle.
 */
export function EvidenceAnchor({
  evidenceKey,
  label,
  hasEvidence,
  children,
  className,
  as: Tag = "div",
}: {
  evidenceKey: string;
  label: string;
  hasEvidence: boolean;
  children: ReactNode;
  className?: string;
  as?: "div" | "li";
}) {
  const { setHovered } = useEvidence();
  if (!hasEvidence) return <Tag className={className}>{children}</Tag>;
  return (
    <Tag
      className={className}
      onMouseEnter={() => setHovered(evidenceKey)}
      onMouseLeave={() => setHovered(null)}
      onFocus={() => setHovered(evidenceKey)}
      onBlur={() => setHovered(null)}
    >
      {children}
      <ShowEvidenceButton evidenceKey={evidenceKey} label={label} />
    </Tag>
  );
}

function ShowEvidenceButton({ evidenceKey, label }: { evidenceKey: string; label: string }) {
  const { pinned, togglePinned } = useEvidence();
  const pressed = pinned === evidenceKey;
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={() => {
        togglePinned(evidenceKey);
        if (!pressed) document.querySelector(`[data-evidence~="${CSS.escape(evidenceKey)}"]`)?.scrollIntoView({ block: "center", behavior: "smooth" });
      }}
      className={cn(
        "mt-1 inline-flex min-h-6 min-w-6 items-center gap-1 rounded-sm text-xs text-muted-foreground underline-offset-2 hover:text-foreground hover:underline print:hidden",
        pressed && "font-medium text-foreground",
      )}
    >
      <Highlighter className="size-3" aria-hidden="true" />
      {/* One name whatever the state: aria-pressed says whether it is on. */}
      Show evidence
      <span className="sr-only"> for {label}</span>
    </button>
  );
}
