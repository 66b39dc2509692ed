import type { DiffEntry, DiffSection } from "@/lib/meetings/history/diff";
import type { RevisionComparison } from "@/lib/meetings/history/queries";

const SECTION_TITLES: Record<DiffSection, string> = {
  fields: "Fields",
  participants: "Participants",
  countries: "Countries",
  topics: "Topics",
  tags: "Tags",
  sources: "Sources",
  evidence: "Evidence",
};

const CHANGE_WORDS: Record<DiffEntry["change"], string> = { added: "Added", removed: "Removed", changed: "Changed" };

/** A comparison in sections; old values struck through, new ones underlined, both also in words. */
export function DiffView({ comparison }: { comparison: RevisionComparison }) {
  const sections = (Object.keys(SECTION_TITLES) as DiffSection[])
    .map((section) => ({ section, entries: comparison.entries.filter((e) => e.section === section) }))
    .filter((s) => s.entries.length > 0);
  return (
    <section aria-labelledby="diff-heading" className="grid gap-3">
      <h3 id="diff-heading" className="font-semibold">
        Changes from revision {comparison.from} to revision {comparison.to}
      </h3>
      {sections.length === 0 ? <p className="text-sm text-muted-foreground">These revisions record the same meeting.</p> : null}
      {sections.map(({ section, entries }) => (
        <section key={section} aria-label={SECTION_TITLES[section]} className="grid gap-1.5">
          <h4 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{SECTION_TITLES[section]}</h4>
          <ul className="grid gap-1.5 text-sm">
            {entries.map((entry, i) => (
              <li key={i} className="rounded-md border px-2.5 py-1.5">
                <span className="font-medium">
                  {CHANGE_WORDS[entry.change]}: {entry.label}
                </span>
                {entry.before !== undefined ? (
                  <span className="block break-words">
                    <span className="text-muted-foreground">Before: </span>
                    <del>{entry.before}</del>
                  </span>
                ) : null}
                {entry.after !== undefined ? (
                  <span className="block break-words">
                    <span className="text-muted-foreground">After: </span>
                    <ins>{entry.after}</ins>
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
