import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CountryCodes } from "@/components/meetings/country-codes";
import { EvidenceAnchor } from "@/components/meetings/detail/evidence-anchor";
import type { MeetingRecordInfo } from "@/lib/meetings/detail/get-meeting-page";
import { evidenceKey, type MeetingView } from "@/lib/meetings/detail/meeting-view";
import type { RelatedMeetings } from "@/lib/meetings/detail/related-meetings";
import { SIDE_LABELS, cameoCodeFor } from "@/lib/meetings/kinds";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const linkClass = "rounded-sm underline-offset-2 hover:underline";
// Stand-alone links in lists: at least 24 px tall (WCAG 2.2 target size).
const listLinkClass = "inline-flex min-h-6 items-center rounded-sm underline-offset-2 hover:underline";

export function MeetingCountries({ view }: { view: MeetingView }) {
  const [first, second] = view.countries;
  return (
    <Card aria-labelledby="countries-heading">
      <CardHeader>
        <CardTitle id="countries-heading">Countries</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul className="grid gap-1.5 text-sm">
          {view.countries.map((c) => {
            const key = evidenceKey.country(c.code);
            return (
              <EvidenceAnchor as="li" key={c.code} evidenceKey={key} label={c.name} hasEvidence={view.evidencedKeys.includes(key)}>
                <span className="flex items-center justify-between gap-3">
                  <span className="flex items-center gap-2">
                    <CountryCodes countries={[{ code: c.code, name: c.name, side: null }]} />
                    <Link href={`/countries/${c.code}`} className={listLinkClass}>
                      {c.name}
                    </Link>
                  </span>
                  <span className="text-muted-foreground">{c.side ? SIDE_LABELS[c.side] : "Side not recorded"}</span>
                </span>
              </EvidenceAnchor>
            );
          })}
        </ul>
        {first && second ? (
          <Link href={`/countries/${first.code}/${second.code}`} className="text-sm text-primary underline-offset-2 hover:underline print:hidden">
            {first.name} and {second.name}: all their meetings
          </Link>
        ) : null}
      </CardContent>
    </Card>
  );
}

/** Topics, and the tags (as a list or, for analysts, the inline editor passed in). */
export function MeetingTopicsAndTags({ view, tagEditor }: { view: MeetingView; tagEditor?: ReactNode }) {
  return (
    <Card aria-labelledby="topics-heading">
      <CardHeader>
        <CardTitle id="topics-heading">Topics and tags</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-3">
        <ul aria-label="Topics" className="flex flex-wrap gap-1.5">
          {view.topics.length === 0 ? <li className="text-sm text-muted-foreground">No topics</li> : null}
          {view.topics.map((t) => {
            const key = evidenceKey.topic(t.id);
            return (
              <EvidenceAnchor as="li" key={t.id} evidenceKey={key} label={t.name} hasEvidence={view.evidencedKeys.includes(key)}>
                <Badge variant="outline">
                  <Link href={`/topics/${t.id}`} className={listLinkClass}>
                    {t.name}
                  </Link>
                </Badge>
              </EvidenceAnchor>
            );
          })}
        </ul>
        {tagEditor ?? (
          <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
            {view.tags.length === 0 ? <li className="text-sm text-muted-foreground">No tags</li> : null}
            {view.tags.map((t) => (
              <li key={t.name}>
                <Badge variant="neutral">
                  {t.id ? (
                    <Link href={`/tags/${t.id}`} className={linkClass}>
                      #{t.name}
                    </Link>
                  ) : (
                    `#${t.name}`
                  )}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}

export function MeetingRecordCard({ view, info }: { view: MeetingView; info: MeetingRecordInfo }) {
  return (
    <Card aria-labelledby="record-heading">
      <CardHeader>
        <CardTitle id="record-heading">Record</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-muted-foreground">Created</dt>
          <dd>
            {stamp.format(new Date(info.createdAt))} UTC{info.createdBy ? ` by ${info.createdBy}` : null}
          </dd>
          <dt className="text-muted-foreground">Updated</dt>
          <dd>
            {stamp.format(new Date(info.updatedAt))} UTC{info.updatedBy ? ` by ${info.updatedBy}` : null}
          </dd>
          <dt className="text-muted-foreground">Version</dt>
          <dd className="tabular-nums">{view.version}</dd>
          <dt className="text-muted-foreground">CAMEO</dt>
          <dd className="font-mono">
            {view.kind === "VISIT" ? `${cameoCodeFor("VISIT", "GUEST")} visitor · ${cameoCodeFor("VISIT", "HOST")} host` : cameoCodeFor(view.kind)}
          </dd>
          <dt className="text-muted-foreground">Id</dt>
          <dd className="font-mono text-xs break-all">{view.id}</dd>
        </dl>
      </CardContent>
    </Card>
  );
}

export function RelatedMeetingsCard({ related }: { related: RelatedMeetings }) {
  const lists = [
    { title: "Between the same countries", rows: related.sameCountries },
    { title: "With the same people", rows: related.samePeople },
  ];
  return (
    <Card aria-labelledby="related-heading" className="print:hidden">
      <CardHeader>
        <CardTitle id="related-heading">Related meetings</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {lists.map((list) => (
          <section key={list.title} aria-label={list.title} className="grid gap-1.5">
            <h3 className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{list.title}</h3>
            {list.rows.length === 0 ? <p className="text-sm text-muted-foreground">None recorded.</p> : null}
            <ul className="grid gap-1.5 text-sm">
              {list.rows.map((m) => (
                <li key={m.id}>
                  <Link href={`/meetings/${m.id}`} className={linkClass}>
                    {m.title}
                  </Link>
                  <span className="block text-xs text-muted-foreground">
                    <time dateTime={m.date ?? undefined}>{m.dateLabel}</time>
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </CardContent>
    </Card>
  );
}
