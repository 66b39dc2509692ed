"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

/**
 * Meetings per year as bars. The picture is for sighted readers; the same numbers follow as a
 * table (collapsed by default), so screen readers and keyboard users get every value.
 */
export function MeetingsPerPeriodChart({ data, caption }: { data: { period: string; count: number }[]; caption: string }) {
  if (data.length === 0) return <p className="text-sm text-muted-foreground">No dated meetings to chart.</p>;
  const total = data.reduce((sum, d) => sum + d.count, 0);
  const peak = data.reduce((best, d) => (d.count > best.count ? d : best), data[0]!);
  return (
    <figure className="grid gap-2">
      <figcaption className="text-sm text-muted-foreground">
        {caption}: {total.toLocaleString("en")} dated meetings from {data[0]!.period} to {data.at(-1)!.period}, most in {peak.period} ({peak.count.toLocaleString("en")}).
      </figcaption>
      <div aria-hidden="true" className="h-40 w-full text-xs">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={data} margin={{ top: 4, right: 4, bottom: 0, left: -24 }} accessibilityLayer={false}>
            <CartesianGrid vertical={false} stroke="var(--color-border)" />
            <XAxis dataKey="period" tick={{ fill: "var(--color-muted-foreground)" }} tickLine={false} axisLine={false} minTickGap={12} />
            <YAxis allowDecimals={false} tick={{ fill: "var(--color-muted-foreground)" }} tickLine={false} axisLine={false} />
            <Tooltip cursor={{ fill: "var(--color-accent)" }} contentStyle={{ background: "var(--color-surface)", borderColor: "var(--color-border)" }} />
            <Bar dataKey="count" name="Meetings" fill="var(--color-primary)" radius={[2, 2, 0, 0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
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
