import { Link } from "@/components/ui/link";
import { ArrowLeftRight } from "lucide-react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { CountedList } from "@/components/entities/counted-list";
import { EntityHeader } from "@/components/entities/entity-header";
import { EntityLayout } from "@/components/entities/entity-layout";
import type { CountryPairPage } from "@/lib/countries/queries";
import { meetingsTableHref } from "@/lib/meetings/list-params";

/**
 * The bilateral relationship at a glance: how often and when the two met, the latest meeting,
 * who carries the relationship on each side, what they talked about year by year.
 */
export function CountryPairView({ page, isFirstPage }: { page: CountryPairPage; isFirstPage: boolean }) {
  const { first, second } = page;
  const latest = isFirstPage ? page.meetings.rows[0] : undefined;
  const years = page.perYear.filter((p) => p.count > 0);
  const topicColumns = page.topics.slice(0, 6);
  return (
    <EntityLayout
      header={
        <EntityHeader
          kind="Country pair"
          name={`${first.name} and ${second.name}`}
          actions={
            <Link href={`/countries/${second.code}/${first.code}`} className="inline-flex items-center gap-1 text-sm text-primary underline-offset-2 hover:underline">
              <ArrowLeftRight className="size-4" aria-hidden="true" />
              {second.name} first
            </Link>
          }
        >
          {page.total.toLocaleString("en")} dated {page.total === 1 ? "meeting" : "meetings"}
          {years.length ? ` from ${years[0]!.period} to ${years.at(-1)!.period}` : null} ·{" "}
          <Link href={`/countries/${first.code}`} className="underline-offset-2 hover:underline">
            {first.name}
          </Link>{" "}
          ·{" "}
          <Link href={`/countries/${second.code}`} className="underline-offset-2 hover:underline">
            {second.name}
          </Link>
        </EntityHeader>
      }
      chartTitle={`Meetings between ${first.name} and ${second.name} per year`}
      perYear={page.perYear}
      meetings={page.meetings}
      basePath={`/countries/${first.code}/${second.code}`}
      tableHref={meetingsTableHref({ pair: `${first.code},${second.code}` })}
      isFirstPage={isFirstPage}
      main={
        <>
          {latest ? (
            <Card aria-labelledby="latest-heading">
              <CardHeader>
                <CardTitle id="latest-heading">Latest meeting</CardTitle>
              </CardHeader>
              <CardContent>
                <Link href={`/meetings/${latest.id}`} className="text-lg font-medium underline-offset-2 hover:underline">
                  {latest.title}
                </Link>
                <p className="text-sm text-muted-foreground">
                  <time dateTime={latest.date ?? undefined}>{latest.dateLabel}</time>
                </p>
              </CardContent>
            </Card>
          ) : null}
          <div className="grid gap-4 sm:grid-cols-2">
            <CountedList title={`${first.name}: people`} items={page.firstPeople} hrefFor={(id) => `/people/${id}`} />
            <CountedList title={`${second.name}: people`} items={page.secondPeople} hrefFor={(id) => `/people/${id}`} />
          </div>
          <Card aria-labelledby="topics-time-heading">
            <CardHeader>
              <CardTitle id="topics-time-heading">Topics over time</CardTitle>
            </CardHeader>
            <CardContent className="overflow-x-auto">
              {page.topicsByYear.length === 0 || topicColumns.length === 0 ? (
                <p className="text-sm text-muted-foreground">No topics recorded for these meetings.</p>
              ) : (
                <table className="w-full text-left text-sm tabular-nums">
                  <caption className="sr-only">Meetings per year on each of the pair&apos;s most frequent topics, newest year first</caption>
                  <thead>
                    <tr className="border-b">
                      <th scope="col" className="py-1.5 pr-3 font-medium">
                        Year
                      </th>
                      {topicColumns.map((t) => (
                        <th key={t.id} scope="col" className="px-2 py-1.5 font-medium">
                          <Link href={`/topics/${t.id}`} className="underline-offset-2 hover:underline">
                            {t.name}
                          </Link>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {page.topicsByYear.map((year) => (
                      <tr key={year.year} className="border-b last:border-b-0">
                        <th scope="row" className="py-1.5 pr-3 font-normal">
                          {year.year}
                        </th>
                        {topicColumns.map((t) => {
                          const count = year.topics.find((x) => x.id === t.id)?.count ?? 0;
                          return (
                            <td key={t.id} className={count ? "px-2 py-1.5 font-medium" : "px-2 py-1.5 text-muted-foreground"}>
                              {count || "–"}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </CardContent>
          </Card>
        </>
      }
      side={
        <>
          <CountedList title="Topics" items={page.topics} hrefFor={(id) => `/topics/${id}`} />
          <CountedList title="Also present" items={page.others} hrefFor={(code) => `/countries/${code}`} empty="Only the two countries." />
        </>
      }
    />
  );
}
