import { unzipSync } from "fflate";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { cleanText, htmlToText } from "@/lib/ingest/internal/html-text";
import { ingestItemSchema, jsonlLineSchema, MAX_BATCH_ITEMS, MAX_UNZIPPED_BYTES, type IngestItemInput } from "@/lib/ingest/schemas";

/** What items take when they do not say: the upload form's outlet and published date. */
export interface ItemDefaults {
  outlet: string;
  published?: string;
}

type Draft = { text: string; outlet?: string | null; url?: string | null; published?: string | null; label: string };

const refuse = (message: string, problems: string[] = []) =>
  new AppError("validation", message, { fieldErrors: { file: problems.length > 0 ? problems.slice(0, 5) : [message] } });

/** The first line with words, cut short: how an item without a file name is told apart. */
function firstLine(text: string): string {
  const line = text.split("\n").find((l) => l.trim().length > 0)?.trim() ?? "";
  return line.length > 80 ? `${line.slice(0, 79)}…` : line || "(empty)";
}

/** Validates every item, naming each refused one; refuses a batch over the item cap. */
function validate(drafts: Draft[], defaults: ItemDefaults): IngestItemInput[] {
  if (drafts.length === 0) throw refuse("There are no items in this upload.");
  if (drafts.length > MAX_BATCH_ITEMS) throw refuse(`A batch holds at most ${MAX_BATCH_ITEMS} items; this one has ${drafts.length}. Split it.`);
  const items: IngestItemInput[] = [];
  const problems: string[] = [];
  drafts.forEach((draft) => {
    const parsed = ingestItemSchema.safeParse({
      text: draft.text,
      outlet: draft.outlet?.trim() || defaults.outlet,
      url: draft.url ?? undefined,
      published: draft.published ?? defaults.published,
      label: draft.label,
    });
    if (parsed.success) items.push(parsed.data);
    else problems.push(`${draft.label}: ${parsed.error.issues[0]?.message ?? "not a wire item"}`);
  });
  if (problems.length > 0) throw refuse(`${problems.length} of ${drafts.length} items cannot be read; nothing was started.`, problems);
  return items;
}

/** Items pasted one after another, separated by a line of `---` (or `===`, `***`). A leading "Outlet:", "URL:" or "Published:" line sets that item's own. */
export function parsePastedItems(pasted: string, defaults: ItemDefaults): IngestItemInput[] {
  const chunks = cleanText(pasted)
    .split(/^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,})[ \t]*$/mu)
    .map((chunk) => chunk.replace(/^\n+|\s+$/gu, ""))
    .filter((chunk) => chunk.trim().length > 0);
  const drafts = chunks.map((chunk): Draft => {
    const meta: Record<string, string> = {};
    const lines = chunk.split("\n");
    while (lines.length > 0) {
      const match = /^\s*(outlet|url|published)\s*:\s*(.+?)\s*$/iu.exec(lines[0]!);
      if (!match) break;
      meta[match[1]!.toLowerCase()] = match[2]!;
      lines.shift();
    }
    const text = lines.join("\n").replace(/^\n+/u, "");
    return { text, outlet: meta.outlet, url: meta.url, published: meta.published, label: firstLine(text) };
  });
  return validate(drafts, defaults);
}

/** One item per line: {"text", "outlet", "url", "published"}. */
export function parseJsonlItems(content: string, defaults: ItemDefaults): IngestItemInput[] {
  const drafts: Draft[] = [];
  const problems: string[] = [];
  cleanText(content)
    .split("\n")
    .forEach((line, index) => {
      if (line.trim() === "") return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        problems.push(`Line ${index + 1}: not JSON.`);
        return;
      }
      const parsed = jsonlLineSchema.safeParse(value);
      if (!parsed.success) {
        problems.push(`Line ${index + 1}: ${z.prettifyError(parsed.error).split("\n")[0]}`);
        return;
      }
      drafts.push({ ...parsed.data, text: cleanText(parsed.data.text), label: parsed.data.url?.trim() || `Line ${index + 1}` });
    });
  if (problems.length > 0) throw refuse(`${problems.length} lines cannot be read; nothing was started.`, problems);
  return validate(drafts, defaults);
}

const READABLE = /\.(txt|text|html?)$/iu;

/** A zip of `.txt` and `.html` files, one item each (other files, folders and macOS's extras are passed over). */
export function parseZipItems(data: Uint8Array, defaults: ItemDefaults): IngestItemInput[] {
  let files: Record<string, Uint8Array>;
  let count = 0;
  let unpacked = 0;
  try {
    files = unzipSync(data, {
      filter: (file) => {
        if (!READABLE.test(file.name) || file.name.startsWith("__MACOSX/") || /(^|\/)\./u.test(file.name)) return false;
        count += 1;
        unpacked += file.originalSize;
        // Refused from the sizes the zip declares, before anything is inflated.
        if (count > MAX_BATCH_ITEMS) throw refuse(`A batch holds at most ${MAX_BATCH_ITEMS} items; this zip has more. Split it.`);
        if (unpacked > MAX_UNZIPPED_BYTES) throw refuse(`The zip's files come to more than ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB unpacked. Split it.`);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw refuse("This file is not a zip Parley can open.");
  }
  const decoder = new TextDecoder("utf-8");
  const drafts = Object.keys(files)
    .sort((a, b) => a.localeCompare(b, "en"))
    .map((name): Draft => {
      const raw = cleanText(decoder.decode(files[name]));
      const label = name.split("/").pop() ?? name;
      return { text: /\.html?$/iu.test(name) ? htmlToText(raw) : raw, label };
    });
  return validate(drafts, defaults);
}

/** The items of an upload: a zip, a JSONL file, or (with no file) the pasted text. */
export function parseUpload(file: { name: string; bytes: Uint8Array } | null, pasted: string, defaults: ItemDefaults): IngestItemInput[] {
  if (!file) return parsePastedItems(pasted, defaults);
  if (/\.zip$/iu.test(file.name)) return parseZipItems(file.bytes, defaults);
  if (/\.jsonl?$|\.ndjson$/iu.test(file.name)) return parseJsonlItems(new TextDecoder("utf-8").decode(file.bytes), defaults);
  throw refuse("Upload a .zip of .txt or .html files, or a .jsonl file.");
}
