import { chartScale, periodLabels } from "@/components/charts/chart-scale";

/**
 * Meetings per year as bars, drawn by the server: no script, so an entity page ships none for it
 * (the chart library it replaced was 115 KB gzipped, the largest script of every entity page:
 * issue 19). The picture is for sighted readers, each bar titled with its value for a pointer; the
 * same numbers follow as a table (collapsed by default), so screen readers and keyboard users get
 * every value.
 */
export function MeetingsPerPeriodChart({ data, caption }: { data: { period: string; count: number }[]; caption: string }) {
  if (data.length === 0) return <p className="text-sm text-muted-foreground">No dated meetings to chart.</p>;
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const peak = data.reduce((best, d) => (d.count > best.count ? d : best), data[0]!);
  const { max, ticks } = chartScale(peak.count);
  const labels = periodLabels(data.map((d) => d.period));
  return (
    <figure className="grid gap-2">
      <figcaption className="text-sm text-muted-foreground">
        {caption}: {total.toLocaleString("en")} dated meetings from {data[0]!.period} to {data.at(-1)!.period}, most in {peak.period} ({peak.count.toLocaleString("en")}).
      </figcaption>
      <div aria-hidden="true" className="grid grid-cols-[auto_1fr] gap-x-2 text-xs text-muted-foreground tabular-nums">
        <div className="relative h-40">
          {/* The widest label, unseen, gives the axis its width: the others are placed over it. */}
          <span className="invisible">{max.toLocaleString("en")}</span>
          {ticks.map((tick) => (
            <span key={tick} className="absolute right-0 translate-y-1/2 leading-none" style={{ bottom: `${(tick / max) * 100}%` }}>
              {tick.toLocaleString("en")}
            </span>
          ))}
        </div>
        <div className="relative h-40">
          {ticks.map((tick) => (
            <div key={tick} className="absolute inset-x-0 border-t border-border" style={{ bottom: `${(tick / max) * 100}%` }} />
          ))}
          <svg className="absolute inset-0 h-full w-full" viewBox={`0 0 ${data.length * 10} 100`} preserveAspectRatio="none">
            {data.map((d, index) => {
              const height = (d.count / max) * 100;
              return (
                <rect key={d.period} x={index * 10 + 1.5} y={100 - height} width={7} height={height} className="fill-primary">
                  <title>{`${d.period}: ${d.count.toLocaleString("en")} meetings`}</title>
                </rect>
              );
            })}
          </svg>
        </div>
        <div />
        <div className="flex h-4">
          {data.map((d) => (
            <span key={d.period} className="relative min-w-0 flex-1">
              {labels.has(d.period) ? <span className="absolute left-1/2 -translate-x-1/2 whitespace-nowrap">{d.period}</span> : null}
            </span>
          ))}
        </div>
      </div>
      <details className="text-sm">
        <summary className="w-fit cursor-pointer rounded-sm text-muted-foreground hover:text-foreground">Show the numbers as a table</summary>
        <table className="mt-2 text-left tabular-nums">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="pr-6 font-medium">
                Year
              </th>
              <th scope="col" className="font-medium">
                Meetings
              </th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={d.period}>
                <th scope="row" className="pr-6 font-normal">
                  {d.period}
                </th>
                <td>{d.count.toLocaleString("en")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
