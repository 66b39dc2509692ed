// The meetings table's columns as one ordered list of the visible ones (`cols=date,title,tags`).
// The URL carries it so a pasted link shows the same columns; the user's saved preference stands
// in when the URL has none, and the defaults when neither has. Pure, so client and server agree.

/** Every column the table can show, in the default order. */
export const MEETING_COLUMN_IDS = ["date", "title", "kind", "countries", "leads", "topics", "tags", "status", "updated"] as const;
export type MeetingColumnId = (typeof MEETING_COLUMN_IDS)[number];

/** What a first visit shows: topics are opt-in, the rest is the table as it always was. */
export const DEFAULT_MEETING_COLUMNS: readonly MeetingColumnId[] = MEETING_COLUMN_IDS.filter((id) => id !== "topics");

/** The column that names the meeting and links to it; it can be moved but never hidden. */
export const REQUIRED_COLUMN: MeetingColumnId = "title";

const KNOWN = new Set<string>(MEETING_COLUMN_IDS);

/** Known ids only, each once, with the title column kept (appended after the date when missing). */
export function cleanColumns(ids: readonly string[]): MeetingColumnId[] {
  const known = [...new Set(ids.filter((id): id is MeetingColumnId => KNOWN.has(id)))];
  if (known.length === 0) return [];
  if (!known.includes(REQUIRED_COLUMN)) known.splice(known[0] === "date" ? 1 : 0, 0, REQUIRED_COLUMN);
  return known;
}

/** `cols` from the URL when it names any known column, else the saved choice, else the defaults. */
export function resolveColumns(urlCols: string | null | undefined, saved: readonly string[]): MeetingColumnId[] {
  const fromUrl = cleanColumns((urlCols ?? "").split(",").map((part) => part.trim()));
  if (fromUrl.length > 0) return fromUrl;
  const fromSaved = cleanColumns(saved);
  return fromSaved.length > 0 ? fromSaved : [...DEFAULT_MEETING_COLUMNS];
}

/** The URL value for a choice: null (no parameter) when it is the default. */
export function columnsParam(columns: readonly MeetingColumnId[]): string | null {
  return sameColumns(columns, DEFAULT_MEETING_COLUMNS) ? null : columns.join(",");
}

export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Shows a hidden column at the end, or hides a shown one (never the title). */
export function toggleColumn(columns: readonly MeetingColumnId[], id: MeetingColumnId, visible: boolean): MeetingColumnId[] {
  if (!visible) return id === REQUIRED_COLUMN ? [...columns] : columns.filter((column) => column !== id);
  return columns.includes(id) ? [...columns] : [...columns, id];
}

/** Moves a shown column one place earlier (-1) or later (+1); unchanged at either end. */
export function moveColumn(columns: readonly MeetingColumnId[], id: MeetingColumnId, by: -1 | 1): MeetingColumnId[] {
  const from = columns.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/**
 * TanStack Table's visibility and order state for a choice. Columns outside the list (the
 * selection checkboxes) keep their place at the start and stay visible.
 */
export function tableColumnState(columns: readonly MeetingColumnId[]): {
  columnVisibility: Record<string, boolean>;
  columnOrder: string[];
} {
  return {
    columnVisibility: Object.fromEntries(MEETING_COLUMN_IDS.map((id) => [id, columns.includes(id)])),
    columnOrder: ["select", ...columns, ...MEETING_COLUMN_IDS.filter((id) => !columns.includes(id))],
  };
}
