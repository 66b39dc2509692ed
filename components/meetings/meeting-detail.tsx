import { CalendarDays, ExternalLink, MapPin, Star } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EvidenceAnchor } from "@/components/meetings/detail/evidence-anchor";
import { StatusBadge } from "@/components/meetings/meeting-badges";
import { SourceText } from "@/components/meetings/source-text";
import { evidenceKey, groupBySide, type MeetingView } from "@/lib/meetings/detail/meeting-view";
import { MEETING_KIND_LABELS, SIDE_LABELS } from "@/lib/meetings/kinds";

// The meeting page's record sections. They take a MeetingView, so the current record and an
// old revision render alike. Everything named links to its own page.

const linkClass = "rounded-sm underline-offset-2 hover:underline";

function Prose({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return <p className="max-w-prose text-sm leading-relaxed whitespace-pre-line">{text}</p>;
}

const has = (view: MeetingView, key: string) => view.evidencedKeys.includes(key);

export function MeetingFacts({ view }: { view: MeetingView }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted-foreground">
      <Badge variant="neutral">{MEETING_KIND_LABELS[view.kind]}</Badge>
      <StatusBadge status={view.status} />
      <EvidenceAnchor as="div" evidenceKey={evidenceKey.field("date")} label="the date" hasEvidence={has(view, evidenceKey.field("date"))} className="inline-flex flex-wrap items-center gap-1.5">
        <CalendarDays className="size-4" aria-hidden="true" />
        <time dateTime={view.date ?? undefined}>{view.dateLabel}</time>
      </EvidenceAnchor>
      {view.place || view.locationCountry ? (
        <EvidenceAnchor as="div" evidenceKey={evidenceKey.field("place")} label="the place" hasEvidence={has(view, evidenceKey.field("place"))} className="inline-flex flex-wrap items-center gap-1.5">
          <MapPin className="size-4" aria-hidden="true" />
          {view.place}
          {view.place && view.locationCountry ? ", " : null}
          {view.locationCountry ? (
            <Link href={`/countries/${view.locationCountry.code}`} className={linkClass}>
              {view.locationCountry.name}
            </Link>
          ) : null}
        </EvidenceAnchor>
      ) : null}
    </div>
  );
}

export function MeetingNarrative({ view }: { view: MeetingView }) {
  return (
    <Card aria-labelledby="summary-heading">
      <CardHeader>
        <CardTitle id="summary-heading">Summary</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <EvidenceAnchor evidenceKey={evidenceKey.field("summary")} label="the summary" hasEvidence={has(view, evidenceKey.field("summary"))}>
          <Prose text={view.summary} empty="No summary yet." />
        </EvidenceAnchor>
        <EvidenceAnchor evidenceKey={evidenceKey.field("outcome")} label="the outcome" hasEvidence={has(view, evidenceKey.field("outcome"))} className="grid gap-1.5">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Outcome</h3>
          <Prose text={view.outcome} empty="No outcome recorded." />
        </EvidenceAnchor>
      </CardContent>
    </Card>
  );
}

export function MeetingParticipants({ view }: { view: MeetingView }) {
  const groups = groupBySide(view.participants);
  return (
    <Card aria-labelledby="participants-heading">
      <CardHeader>
        <CardTitle id="participants-heading">Participants</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-5">
        {groups.length === 0 ? <p className="text-sm text-muted-foreground">No participants recorded.</p> : null}
        {groups.map((group) => (
          <section key={group.key} aria-label={group.label} className="grid gap-2">
            <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{group.label}</h3>
            <ul className="grid gap-3 sm:grid-cols-2 print:grid-cols-2">
              {group.participants.map((p) => (
                <EvidenceAnchor as="li" key={p.key} evidenceKey={p.key} label={p.name} hasEvidence={has(view, p.key)} className="rounded-md border px-3 py-2.5 break-inside-avoid">
                  <p className="flex flex-wrap items-center gap-1.5 font-medium">
                    <Link href={`/people/${p.personId}`} className={linkClass}>
                      {p.name}
                    </Link>
                    {p.isDelegationLead ? (
                      <Badge variant="outline" className="gap-1">
                        <Star className="size-3" aria-hidden="true" />
                        Leads delegation
                      </Badge>
                    ) : null}
                  </p>
                  {p.title ? <p className="text-sm">{p.title}</p> : null}
                  {p.organization ? (
                    <p className="text-sm text-muted-foreground">
                      <Link href={`/organizations/${p.organization.id}`} className={linkClass}>
                        {p.organization.name}
                      </Link>
                    </p>
                  ) : null}
                  <p className="mt-1 text-xs text-muted-foreground">
                    {p.countryCode ? (
                      <Link href={`/countries/${p.countryCode}`} className={linkClass}>
                        {p.countryName}
                      </Link>
                    ) : null}
                    {p.side ? ` · ${SIDE_LABELS[p.side]}` : null}
                  </p>
                  {p.aliases.length > 0 ? (
                    <p className="mt-1 text-xs text-muted-foreground">
                      Also written{" "}
                      {p.aliases.map((a, i) => (
                        <span key={a.alias}>
                          {i > 0 ? "; " : null}“{a.alias}”
                          {a.source ? (
                            <>
                              {" "}
                              in{" "}
                              <Link href={`/meetings/${a.source.meetingId}`} className={linkClass}>
                                {a.source.title || a.source.outlet}
                              </Link>
                            </>
                          ) : null}
                        </span>
                      ))}
                    </p>
                  ) : null}
                </EvidenceAnchor>
              ))}
            </ul>
          </section>
        ))}
      </CardContent>
    </Card>
  );
}

export function MeetingSources({ view }: { view: MeetingView }) {
  return (
    <Card aria-labelledby="sources-heading">
      <CardHeader>
        <CardTitle id="sources-heading">Sources</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        {view.sources.length === 0 ? <p className="text-sm text-muted-foreground">No sources recorded.</p> : null}
        {view.sources.map((source) => (
          <article key={source.id} id={`source-${source.id}`} aria-label={`${source.outlet} source`} className="grid gap-3">
            <header className="flex flex-wrap items-baseline justify-between gap-2 border-b pb-2">
              <div>
                <h3 className="font-semibold">{source.title || source.outlet}</h3>
                <p className="text-sm text-muted-foreground">
                  {[source.title ? source.outlet : null, source.publishedLabel ? `published ${source.publishedLabel}` : null].filter(Boolean).join(" · ")}
                  {source.evidenceCount > 0 ? ` · ${source.evidenceCount} evidence ${source.evidenceCount === 1 ? "span" : "spans"} highlighted` : null}
                </p>
              </div>
              {source.url ? (
                <a href={source.url} rel="noreferrer noopener" target="_blank" className="inline-flex items-center gap-1 text-sm text-primary underline-offset-2 hover:underline">
                  Original
                  <ExternalLink className="size-3.5" aria-hidden="true" />
                  <span className="sr-only">(opens in a new tab)</span>
                  {/* The address itself, for readers of a printed copy. */}
                  <span className="hidden print:inline"> {source.url}</span>
                </a>
              ) : null}
            </header>
            <SourceText segments={source.segments} />
          </article>
        ))}
      </CardContent>
    </Card>
  );
}
