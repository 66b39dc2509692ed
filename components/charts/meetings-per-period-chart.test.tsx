import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MeetingsPerPeriodChart } from "@/components/charts/meetings-per-period-chart";

const data = [
  { period: "2023", count: 3 },
  { period: "2024", count: 0 },
  { period: "2025", count: 7 },
];
const html = renderToStaticMarkup(<MeetingsPerPeriodChart data={data} caption="Meetings of Azerbaijan per year" />);

describe("the meetings-per-year chart", () => {
  it("says in its caption what the bars show", () => {
    expect(html).toContain("Meetings of Azerbaijan per year: 10 dated meetings from 2023 to 2025, most in 2025 (7).");
  });

  it("draws one bar a year, as tall as its count against a round top, each titled with its value", () => {
    const bars = [...html.matchAll(/<rect [^>]*height="([\d.]+)"[^>]*><title>([^<]*)<\/title>/g)].map(([, height, title]) => [Number(height), title]);
    // Peak 7 → top 8: 3/8, 0 and 7/8 of the height.
    expect(bars).toEqual([
      [37.5, "2023: 3 meetings"],
      [0, "2024: 0 meetings"],
      [87.5, "2025: 7 meetings"],
    ]);
  });

  it("hides the picture from screen readers and gives every value in a table instead", () => {
    expect(html).toMatch(/<div aria-hidden="true"[^>]*>.*<svg/);
    const rows = [...html.matchAll(/<tr><th scope="row"[^>]*>(\d{4})<\/th><td>(\d+)<\/td><\/tr>/g)].map(([, year, count]) => `${year}=${count}`);
    expect(rows).toEqual(["2023=3", "2024=0", "2025=7"]);
  });

  it("says so when there is nothing dated to chart", () => {
    expect(renderToStaticMarkup(<MeetingsPerPeriodChart data={[]} caption="x" />)).toContain("No dated meetings to chart.");
  });
});
