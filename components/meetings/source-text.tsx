import type { SourceSegment } from "@/lib/meetings/dto";

/** The source's full text with evidence spans marked; what each span supports is in its title. */
export function SourceText({ segments }: { segments: SourceSegment[] }) {
  return (
    <div className="max-w-[75ch] font-serif text-[0.95rem] leading-7 whitespace-pre-wrap">
      {segments.map((segment, i) =>
        segment.evidence ? (
          <mark key={i} title={`Evidence for: ${segment.evidence.join(", ")}`}>
            {segment.text}
          </mark>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </div>
  );
}
