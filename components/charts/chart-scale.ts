/** At most this many gridlines above zero, and this many period labels under the bars. */
const GRIDLINES = 4;
const LABELS = 8;

/**
 * The value axis for a peak count: a top and gridlines at round steps (1, 2 or 5 times a power of
 * ten, never a fraction of a meeting), so the bars read against numbers a person would write.
 */
export function chartScale(peak: number): { max: number; ticks: number[] } {
  if (peak <= 0) return { max: 1, ticks: [0, 1] };
  const rough = peak / GRIDLINES;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(1, [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= rough)!);
  const max = Math.ceil(peak / step) * step;
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) };
}

/** The periods labelled under the bars: evenly spaced, counted back from the latest, which always has its label. */
export function periodLabels(periods: string[]): Set<string> {
  const step = Math.ceil(periods.length / LABELS);
  return new Set(periods.filter((_, index) => (periods.length - 1 - index) % step === 0));
}
