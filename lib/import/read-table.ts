import { parse } from "csv-parse/sync";
import { readSheet } from "read-excel-file/node";
import { AppError } from "@/lib/errors";
import { MAX_CELL_CHARS, MAX_IMPORT_COLUMNS, MAX_IMPORT_ROWS } from "@/lib/import/limits";

export const IMPORT_FORMATS = ["csv", "json", "xlsx"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** A file as rows of text cells under one row of headers. */
export interface ImportTable {
  format: ImportFormat;
  headers: string[];
  rows: string[][];
}

/** The format a file's name says it is in; null when Parley cannot read it. */
export function formatOf(fileName: string): ImportFormat | null {
  const extension = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (extension === "csv" || extension === "txt") return "csv";
  if (extension === "json") return "json";
  if (extension === "xlsx") return "xlsx";
  return null;
}

const tooMany = () => new AppError("validation", `A file can hold at most ${MAX_IMPORT_ROWS.toLocaleString("en")} rows: split it and import each part.`);

/** A cell as text: spreadsheet dates as YYYY-MM-DD (they carry no time of day in a meeting list). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(cellText).filter(Boolean).join("; ");
  if (typeof value === "object") return JSON.stringify(value).slice(0, MAX_CELL_CHARS);
  return String(value).slice(0, MAX_CELL_CHARS);
}

function table(format: ImportFormat, raw: unknown[][]): ImportTable {
  const [head, ...body] = raw;
  if (!head || head.length === 0) throw new AppError("validation", "The file has no header row: its first row must name the columns.");
  if (head.length > MAX_IMPORT_COLUMNS) throw new AppError("validation", `A file can have at most ${MAX_IMPORT_COLUMNS} columns.`);
  const rows = body.map((row) => head.map((_, i) => cellText(row[i]).trim())).filter((row) => row.some((cell) => cell !== ""));
  if (rows.length > MAX_IMPORT_ROWS) throw tooMany();
  const headers = head.map((cell, i) => cellText(cell).trim() || `Column ${i + 1}`);
  return { format, headers, rows };
}

/**
 * The delimiter the header row uses most: spreadsheets in many European locales save with
 * semicolons, and tab-separated text is what a copy from a spreadsheet gives.
 */
function delimiterOf(bytes: Buffer): string {
  const head = bytes.subarray(0, 4096).toString("utf8").split(/\r?\n/)[0] ?? "";
  const counts = [",", ";", "\t"].map((d) => [d, head.split(d).length] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

function readCsv(bytes: Buffer): ImportTable {
  let raw: string[][];
  try {
    raw = parse(bytes, { bom: true, relax_column_count: true, skip_empty_lines: true, delimiter: delimiterOf(bytes), to: MAX_IMPORT_ROWS + 2 });
  } catch (error) {
    throw new AppError("validation", `Parley could not read this CSV file: ${error instanceof Error ? error.message.split("\n")[0] : "it is malformed"}.`);
  }
  if (raw.length > MAX_IMPORT_ROWS + 1) throw tooMany();
  return table("csv", raw);
}

/** A JSON array of objects (or `{ "meetings": [...] }`): the columns are their keys, in the order first seen. */
function readJson(bytes: Buffer): ImportTable {
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString("utf8").replace(/^\uFEFF/, ""));
  } catch {
    throw new AppError("validation", "Parley could not read this JSON file: it is not valid JSON.");
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { meetings?: unknown })?.meetings;
  if (!Array.isArray(list) || !list.every((item) => item !== null && typeof item === "object" && !Array.isArray(item))) {
    throw new AppError("validation", "A JSON file must hold a list of objects, one per meeting (or { \"meetings\": [...] }).");
  }
  if (list.length > MAX_IMPORT_ROWS) throw tooMany();
  const keys: string[] = [];
  const seen = new Set<string>();
  for (const item of list as Record<string, unknown>[]) {
    for (const key of Object.keys(item)) {
      if (!seen.has(key)) {
        seen.add(key);
        keys.push(key);
      }
    }
  }
  return table("json", [keys, ...(list as Record<string, unknown>[]).map((item) => keys.map((key) => item[key]))]);
}

async function readXlsx(bytes: Buffer): Promise<ImportTable> {
  let raw: unknown[][];
  try {
    raw = (await readSheet(bytes)) as unknown[][];
  } catch {
    throw new AppError("validation", "Parley could not read this spreadsheet: save it as .xlsx (Excel 2007 or later) and try again.");
  }
  if (raw.length > MAX_IMPORT_ROWS + 1) throw tooMany();
  return table("xlsx", raw);
}

/** Reads a CSV, JSON or XLSX file (by its name) into headers and rows of text; refuses what it cannot read, saying why. */
export async function readImportTable(bytes: Buffer, fileName: string): Promise<ImportTable> {
  const format = formatOf(fileName);
  if (format === "csv") return readCsv(bytes);
  if (format === "json") return readJson(bytes);
  if (format === "xlsx") return readXlsx(bytes);
  throw new AppError("validation", "Choose a .csv, .json or .xlsx file.");
}
