import { Link } from "@/components/ui/link";
import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { AliasList } from "@/components/entities/alias-list";
import { ChartCard } from "@/components/entities/chart-card";
import { CountedList } from "@/components/entities/counted-list";
import { CountedMeetingsNote } from "@/components/entities/counted-meetings-note";
import { EditDetails, WikidataLink } from "@/components/entities/entity-edit-details";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityMeetingList } from "@/components/entities/entity-meeting-list";
import { DuplicatesCard, MergedFromCard } from "@/components/entities/merge-cards";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import type { DuplicateCandidate, PersonPage } from "@/lib/people/queries";
import { meetingsTableHref } from "@/lib/meetings/list-params";

export interface PersonManagement {
  /** The edit form for the person's own fields. */
  editForm: ReactNode;
  aliasEditor: ReactNode;
  duplicates: DuplicateCandidate[];
  merge: FormAction<Record<string, string>>;
  unmerge: FormAction<Record<string, string>>;
}

/** A person: spellings, titles over time, counterparts, countries, meetings. */
export function PersonView({ page, isFirstPage, manage, history }: { page: PersonPage; isFirstPage: boolean; manage?: PersonManagement; history: ReactNode }) {
  const { person } = page;
  return (
    <div className="grid grid-cols-1 gap-5">
      <EntityHeader kind="Person" name={person.name}>
        {person.countryCode ? (
          <Link href={`/countries/${person.countryCode}`} className="underline-offset-2 hover:underline">
            {person.countryName}
          </Link>
        ) : (
          "Country not recorded"
        )}
        {person.wikidataId ? <WikidataLink id={person.wikidataId} /> : null}
        {person.notes ? <p className="mt-1 max-w-prose whitespace-pre-line text-foreground">{person.notes}</p> : null}
      </EntityHeader>
      {manage ? <EditDetails what="person">{manage.editForm}</EditDetails> : null}
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 grid-cols-1 content-start gap-5">
          <ChartCard title={`Meetings of ${person.name} per year`} data={page.perYear} />
          <Card aria-labelledby="titles-heading">
            <CardHeader>
              <CardTitle id="titles-heading">Titles over time</CardTitle>
            </CardHeader>
            <CardContent>
              {page.titles.length === 0 ? <p className="text-sm text-muted-foreground">No titles recorded.</p> : null}
              {page.earlierTitles ? <p className="mb-2 text-sm text-muted-foreground">Earlier titles are not shown: the latest {page.titles.length} are.</p> : null}
              <ol className="grid gap-2 text-sm">
                {page.titles.map((t, i) => (
                  <li key={i} className="border-l-2 pl-3">
                    <span className="font-medium">{t.title}</span>
                    {t.organization ? (
                      <>
                        ,{" "}
                        <Link href={`/organizations/${t.organization.id}`} className="underline-offset-2 hover:underline">
                          {t.organization.name}
                        </Link>
                      </>
                    ) : null}
                    <span className="block text-xs text-muted-foreground">
                      Recorded at{" "}
                      <Link href={`/meetings/${t.first.meetingId}`} className="underline-offset-2 hover:underline">
                        {t.first.meetingTitle}
                      </Link>{" "}
                      ({t.first.dateLabel})
                      {t.count > 1 ? (
                        <>
                          {" "}
                          to{" "}
                          <Link href={`/meetings/${t.last.meetingId}`} className="underline-offset-2 hover:underline">
                            {t.last.meetingTitle}
                          </Link>{" "}
                          ({t.last.dateLabel}), {t.count} meetings
                        </>
                      ) : null}
                    </span>
                  </li>
                ))}
              </ol>
            </CardContent>
          </Card>
          <EntityMeetingList
            title="Meetings, newest first"
            page={page.meetings}
            basePath={`/people/${person.id}`}
            tableHref={meetingsTableHref({ person: person.id })}
            isFirstPage={isFirstPage}
          />
          {history}
        </div>
        <div className="grid min-w-0 grid-cols-1 content-start gap-4">
          <AliasList title="Also written" aliases={page.aliases} editor={manage?.aliasEditor} />
          <CountedMeetingsNote perYear={page.perYear} />
          <CountedList title="Frequent counterparts" items={page.counterparts} hrefFor={(id) => `/people/${id}`} />
          <CountedList title="Countries met" items={page.countries} hrefFor={(code) => `/countries/${code}`} />
          <MergedFromCard title="Merged into this person" into={person.id} items={page.mergedFrom} unmerge={manage?.unmerge} />
          {manage ? (
            <DuplicatesCard
              into={{ id: person.id, name: person.name }}
              basePath="/people"
              items={manage.duplicates.map((d) => ({ id: d.id, name: d.name, detail: `${d.countryCode ?? "no country"} · ${d.meetings} ${d.meetings === 1 ? "meeting" : "meetings"}` }))}
              merge={manage.merge}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
