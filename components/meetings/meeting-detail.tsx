import { CalendarDays, ExternalLink, MapPin, Star } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CountryCodes } from "@/components/meetings/country-codes";
import { DeletedBadge, StatusBadge } from "@/components/meetings/meeting-badges";
import { SourceText } from "@/components/meetings/source-text";
import { groupParticipants, type MeetingDetail as Meeting } from "@/lib/meetings/dto";
import { MEETING_KIND_LABELS, SIDE_LABELS, cameoCodeFor } from "@/lib/meetings/kinds";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function Prose({ text, empty }: { text: string; empty: string }) {
  if (!text.trim()) return <p className="text-sm text-muted-foreground">{empty}</p>;
  return <p className="max-w-prose text-sm leading-relaxed whitespace-pre-line">{text}</p>;
}

export function MeetingFacts({ meeting }: { meeting: Meeting }) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm text-muted-foreground">
      <Badge variant="neutral">{MEETING_KIND_LABELS[meeting.kind]}</Badge>
      <StatusBadge status={meeting.status} />
      {meeting.deletedAt ? <DeletedBadge /> : null}
      <span className="inline-flex items-center gap-1.5">
        <CalendarDays className="size-4" aria-hidden="true" />
        <time dateTime={meeting.date ?? undefined}>{meeting.dateLabel}</time>
      </span>
      {meeting.place || meeting.locationCountry ? (
        <span className="inline-flex items-center gap-1.5">
          <MapPin className="size-4" aria-hidden="true" />
          {[meeting.place, meeting.locationCountry?.name].filter(Boolean).join(", ")}
        </span>
      ) : null}
    </div>
  );
}

export function MeetingParticipants({ meeting }: { meeting: Meeting }) {
  const groups = groupParticipants(meeting.participants);
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
            <ul className="grid gap-3 sm:grid-cols-2">
              {group.participants.map((p) => (
                <li key={p.id} className="rounded-md border px-3 py-2.5">
                  <p className="flex items-center gap-1.5 font-medium">
                    <span>{p.name}</span>
                    {p.isDelegationLead ? (
                      <Badge variant="outline" className="gap-1">
                        <Star className="size-3" aria-hidden="true" />
                        Leads delegation
                      </Badge>
                    ) : null}
                  </p>
                  {p.title ? <p className="text-sm">{p.title}</p> : null}
                  {p.organization ? <p className="text-sm text-muted-foreground">{p.organization}</p> : null}
                  <p className="mt-1 text-xs text-muted-foreground">
                    {[p.countryName, p.side ? SIDE_LABELS[p.side] : null].filter(Boolean).join(" · ")}
                    {p.aliases.length > 0 ? ` · also written ${p.aliases.join(", ")}` : null}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </CardContent>
    </Card>
  );
}

export function MeetingSources({ meeting }: { meeting: Meeting }) {
  return (
    <Card aria-labelledby="sources-heading">
      <CardHeader>
        <CardTitle id="sources-heading">Sources</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-6">
        {meeting.sources.length === 0 ? <p className="text-sm text-muted-foreground">No sources recorded.</p> : null}
        {meeting.sources.map((source) => (
          <article key={source.id} aria-label={`${source.outlet} source`} className="grid gap-3">
            <header className="flex flex-wrap items-baseline justify-between gap-2 border-b pb-2">
              <div>
                <h3 className="font-semibold">{source.title || source.outlet}</h3>
                <p className="text-sm text-muted-foreground">
                  {[source.title ? source.outlet : null, source.publishedLabel ? `published ${source.publishedLabel}` : null]
                    .filter(Boolean)
                    .join(" · ")}
                  {source.evidenceCount > 0
                    ? ` · ${source.evidenceCount} evidence ${source.evidenceCount === 1 ? "span" : "spans"} highlighted`
                    : null}
                </p>
              </div>
              {source.url ? (
                <a
                  href={source.url}
                  rel="noreferrer noopener"
                  target="_blank"
                  className="inline-flex items-center gap-1 text-sm text-primary underline-offset-2 hover:underline"
                >
                  Original
                  <ExternalLink className="size-3.5" aria-hidden="true" />
                  <span className="sr-only">(opens in a new tab)</span>
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

export function MeetingSidebar({ meeting }: { meeting: Meeting }) {
  return (
    <div className="grid content-start gap-4">
      <Card aria-labelledby="countries-heading">
        <CardHeader>
          <CardTitle id="countries-heading">Countries</CardTitle>
        </CardHeader>
        <CardContent>
          <ul className="grid gap-1.5 text-sm">
            {meeting.countries.map((c) => (
              <li key={c.code} className="flex items-center justify-between gap-3">
                <span className="flex items-center gap-2">
                  <CountryCodes countries={[{ code: c.code, name: c.name, side: null }]} />
                  {c.name}
                </span>
                <span className="text-muted-foreground">{c.side ? SIDE_LABELS[c.side] : "Side not recorded"}</span>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card aria-labelledby="topics-heading">
        <CardHeader>
          <CardTitle id="topics-heading">Topics and tags</CardTitle>
        </CardHeader>
        <CardContent className="grid gap-3">
          <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
            {meeting.topics.length === 0 ? <li className="text-sm text-muted-foreground">No topics</li> : null}
            {meeting.topics.map((t) => (
              <li key={t.id}>
                <Badge variant="outline">{t.name}</Badge>
              </li>
            ))}
          </ul>
          <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
            {meeting.tags.length === 0 ? <li className="text-sm text-muted-foreground">No tags</li> : null}
            {meeting.tags.map((t) => (
              <li key={t.id}>
                <Badge variant="neutral">#{t.name}</Badge>
              </li>
            ))}
          </ul>
        </CardContent>
      </Card>
      <Card aria-labelledby="record-heading">
        <CardHeader>
          <CardTitle id="record-heading">Record</CardTitle>
        </CardHeader>
        <CardContent>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
            <dt className="text-muted-foreground">Created</dt>
            <dd>
              {stamp.format(new Date(meeting.createdAt))} UTC{meeting.createdBy ? ` by ${meeting.createdBy}` : null}
            </dd>
            <dt className="text-muted-foreground">Updated</dt>
            <dd>
              {stamp.format(new Date(meeting.updatedAt))} UTC{meeting.updatedBy ? ` by ${meeting.updatedBy}` : null}
            </dd>
            <dt className="text-muted-foreground">Version</dt>
            <dd className="tabular-nums">{meeting.version}</dd>
            <dt className="text-muted-foreground">CAMEO</dt>
            <dd className="font-mono">
              {meeting.kind === "VISIT"
                ? `${cameoCodeFor("VISIT", "GUEST")} visitor · ${cameoCodeFor("VISIT", "HOST")} host`
                : cameoCodeFor(meeting.kind)}
            </dd>
            <dt className="text-muted-foreground">Id</dt>
            <dd className="font-mono text-xs break-all">{meeting.id}</dd>
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}

export function MeetingNarrative({ meeting }: { meeting: Meeting }) {
  return (
    <Card aria-labelledby="summary-heading">
      <CardHeader>
        <CardTitle id="summary-heading">Summary</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <Prose text={meeting.summary} empty="No summary yet." />
        <div className="grid gap-1.5">
          <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">Outcome</h3>
          <Prose text={meeting.outcome} empty="No outcome recorded." />
        </div>
      </CardContent>
    </Card>
  );
}
