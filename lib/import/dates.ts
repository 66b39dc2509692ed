import { isIsoDay } from "@/lib/meetings/list-options";

export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type ImportDate = { date: string; precision: DatePrecision } | { error: string };

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const pad = (n: number) => String(n).padStart(2, "0");

function month(name: string): number | null {
  const lower = name.toLowerCase().replace(/\.$/, "");
  const index = MONTHS.findIndex((m) => m === lower || (lower.length >= 3 && m.startsWith(lower)));
  return index >= 0 ? index + 1 : null;
}

function day(year: number, m: number, d: number): ImportDate {
  const iso = `${String(year).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
  return isIsoDay(iso) ? { date: iso, precision: "DAY" } : { error: `“${iso}” is not a day of the calendar.` };
}

/**
 * A date as spreadsheets and datasets write it: 2024-05-01 (or with a time), 2024/05/01,
 * 01.05.2024, 1 May 2024, May 1, 2024; a month (2024-05, May 2024) or a year (2024) alone keeps
 * that precision. 05/01/2024 is refused: it is 5 January in one country and 1 May in another.
 */
export function parseImportDate(text: string): ImportDate {
  const value = text.trim();
  if (value === "") return { error: "The date is empty." };
  let m: RegExpMatchArray | null;
  if ((m = value.match(/^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/))) return day(+m[1]!, +m[2]!, +m[3]!);
  if ((m = value.match(/^(\d{1,2})\.(\d{1,2})\.(\d{4})$/))) return day(+m[3]!, +m[2]!, +m[1]!);
  if ((m = value.match(/^(\d{1,2})\s+([A-Za-z]+\.?),?\s+(\d{4})$/)) && month(m[2]!)) return day(+m[3]!, month(m[2]!)!, +m[1]!);
  if ((m = value.match(/^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/)) && month(m[1]!)) return day(+m[3]!, month(m[1]!)!, +m[2]!);
  if ((m = value.match(/^(\d{4})-(\d{1,2})$/)) && +m[2]! >= 1 && +m[2]! <= 12) return { date: `${m[1]}-${pad(+m[2]!)}-01`, precision: "MONTH" };
  if ((m = value.match(/^([A-Za-z]+\.?)\s+(\d{4})$/)) && month(m[1]!)) return { date: `${m[2]}-${pad(month(m[1]!)!)}-01`, precision: "MONTH" };
  if ((m = value.match(/^(\d{4})$/)) && +m[1]! >= 1) return { date: `${m[1]}-01-01`, precision: "YEAR" };
  if (/^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(value)) return { error: `“${value}” could be read two ways: write the date as YYYY-MM-DD.` };
  return { error: `“${value.slice(0, 40)}” is not a date Parley can read: write it as YYYY-MM-DD.` };
}
