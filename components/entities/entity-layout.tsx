import type { ReactNode } from "react";
import { ChartCard } from "@/components/entities/chart-card";
import { EntityMeetingList } from "@/components/entities/entity-meeting-list";
import { CountedMeetingsNote } from "@/components/entities/counted-meetings-note";
import type { EntityMeetingPage, PeriodCount } from "@/lib/meetings/detail/entity-meetings";

/** The shape every entity page shares: chart and meetings in the main column, side cards beside. */
export function EntityLayout({
  header,
  chartTitle,
  perYear,
  meetings,
  basePath,
  tableHref,
  isFirstPage,
  main,
  after,
  side,
}: {
  header: ReactNode;
  chartTitle: string;
  perYear: PeriodCount[];
  meetings: EntityMeetingPage;
  basePath: string;
  tableHref: string;
  isFirstPage: boolean;
  main?: ReactNode;
  /** Below the meetings (a record's history). */
  after?: ReactNode;
  side?: ReactNode;
}) {
  return (
    <div className="grid grid-cols-1 gap-5">
      {header}
      <div className="grid grid-cols-1 gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid min-w-0 grid-cols-1 content-start gap-5">
          <ChartCard title={chartTitle} data={perYear} />
          {main}
          <EntityMeetingList title="Meetings, newest first" page={meetings} basePath={basePath} tableHref={tableHref} isFirstPage={isFirstPage} />
          {after}
        </div>
        <div className="grid min-w-0 grid-cols-1 content-start gap-4">
          <CountedMeetingsNote perYear={perYear} />
          {side}
        </div>
      </div>
    </div>
  );
}
