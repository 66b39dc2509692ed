import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { MeetingsPerPeriodChart } from "@/components/charts/meetings-per-period-chart";
import type { PeriodCount } from "@/lib/meetings/detail/entity-meetings";

export function ChartCard({ title, data }: { title: string; data: PeriodCount[] }) {
  return (
    <Card aria-labelledby="chart-heading">
      <CardHeader>
        <CardTitle id="chart-heading">{title}</CardTitle>
      </CardHeader>
      <CardContent>
        <MeetingsPerPeriodChart data={data} caption={title} />
      </CardContent>
    </Card>
  );
}
