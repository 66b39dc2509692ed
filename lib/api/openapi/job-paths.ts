import { z } from "zod";
import { inputJsonSchema } from "@/lib/api/openapi/json-schema";
import { COMMON, jsonContent, ok, problem, ref } from "@/lib/api/openapi/operation";
import { idParameter, type Parameter } from "@/lib/api/openapi/parameters";
import { DRY_RUN_WAIT_ROWS, dryRunBodySchema } from "@/lib/api/imports/dry-run";
import { REFUSED_PAGE_MAX } from "@/lib/api/imports/refused";
import { rowFilterSchema } from "@/lib/api/imports/rows";
import { IMPORT_MEDIA_TYPES } from "@/lib/api/imports/stage-upload";
import { INGEST_MEDIA_TYPES } from "@/lib/api/ingest/start";
import { IMPORT_FIELDS } from "@/lib/import/fields";
import { MAX_IMPORT_ROWS, MAX_UPLOAD_BYTES } from "@/lib/import/limits";
import { MAX_BATCH_ITEMS } from "@/lib/ingest/schemas";

// Imports (docs/import.md) and batch ingest (docs/ingest.md): jobs started by a POST and followed by a GET.

const str = { type: "string" };
const nullableStr = { type: ["string", "null"] };
const int = { type: "integer" };
const MB = (bytes: number) => `${bytes / 1024 / 1024} MB`;

const query = (name: string, description: string, schema: z.ZodType = z.string()): Parameter => ({ name, in: "query", description, schema: inputJsonSchema(schema) });
const binary = { type: "string", format: "binary" };
const TOO_LARGE = { "413": problem("The body is past the upload limit (8 MB).") };
const NOT_FOUND_IMPORT = { "404": problem("No such import, or one another analyst started (only its author and admins see it).") };
const pageOf = (items: unknown) => ({ type: "object", required: ["data", "nextCursor"], properties: { data: { type: "array", items }, nextCursor: nullableStr } });

const plans = { type: "object", description: "What the dry run planned.", properties: { create: int, exists: int, refuse: int } };

const importJob = {
  type: "object",
  properties: {
    id: str,
    fileName: str,
    format: { enum: ["csv", "json", "xlsx"] },
    status: { enum: ["MAPPING", "CHECKING", "CHECKED", "RUNNING", "DONE", "FAILED"] },
    headers: { type: "array", items: str },
    columns: { type: "object", description: "Each field's column index: the confirmed mapping, or the guesses from the headers (`guessed`).", properties: Object.fromEntries(IMPORT_FIELDS.map((f) => [f, int])) },
    guessed: { type: "boolean" },
    meetingStatus: { enum: ["DRAFT", "PUBLISHED"] },
    sample: { type: "array", description: "The first rows' cells.", items: { type: "array", items: str } },
    total: int,
    checked: { ...int, description: "Rows the dry run has gone through." },
    done: { ...int, description: "Rows the run has gone through." },
    created: int,
    existing: int,
    refused: int,
    message: nullableStr,
    createdAt: str,
  },
};

const importRow = {
  type: "object",
  properties: {
    rowNumber: { ...int, description: "As a spreadsheet numbers it: the header is row 1." },
    plan: { enum: ["CREATE", "EXISTS", "REFUSE", null], description: "The dry run's: create a meeting, link to one already in Parley, or refuse." },
    detail: {
      type: ["object", "null"],
      description: "The plan's reason (refused, already in Parley) or what it would create: title, date, and how the leader and organisation link (`action`: link, create, earlier-row).",
      additionalProperties: true,
    },
    outcome: { enum: ["CREATED", "EXISTS", "REFUSED", null], description: "The run's, once it reached the row." },
    reason: nullableStr,
    meetingId: nullableStr,
  },
};

const ingestBatch = {
  type: "object",
  properties: {
    id: str,
    name: str,
    status: { enum: ["RUNNING", "DONE", "FAILED"] },
    total: int,
    done: { ...int, description: "Items read so far." },
    drafted: int,
    addedToDraft: int,
    proposed: int,
    skipped: int,
    failed: int,
    message: nullableStr,
    createdAt: str,
  },
};

const ingestItem = {
  type: "object",
  properties: {
    id: str,
    number: { ...int, description: "1-based, as revision notes name it." },
    label: str,
    outlet: str,
    outcome: {
      enum: ["PENDING", "DRAFTED", "ADDED_TO_DRAFT", "PROPOSED", "SKIPPED", "FAILED"],
      description: "A new machine draft; another source folded into one; a source proposed to a recorded meeting; or why it was skipped or failed.",
    },
    meetingId: nullableStr,
    meetingTitle: nullableStr,
    confidence: { type: ["number", "null"] },
    unlinked: { type: "array", items: str, description: "People named but not linked to anyone in Parley yet." },
    reason: nullableStr,
    proposal: { enum: ["OPEN", "ACCEPTED", "DISMISSED", null] },
  },
};

const id = [idParameter("import")];
const uploadContent = {
  "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: binary } } },
  ...Object.fromEntries(Object.keys(IMPORT_MEDIA_TYPES).map((type) => [type, { schema: binary }])),
};
const ingestContent = {
  "multipart/form-data": { schema: { type: "object", properties: { file: binary, pasted: str, name: str, outlet: str, published: str } } },
  ...Object.fromEntries(Object.keys(INGEST_MEDIA_TYPES).map((type) => [type, { schema: type === "text/plain" ? str : binary }])),
};

export function jobPaths() {
  return {
    "/imports": {
      post: {
        summary: "Stage a file to import",
        description: `CSV, JSON or .xlsx, at most ${MB(MAX_UPLOAD_BYTES)} and ${MAX_IMPORT_ROWS.toLocaleString("en")} rows, the first row naming the columns. Answers with the guessed columns. Scope: write; role: analyst or admin.`,
        parameters: [query("fileName", "A raw body's file name (revisions and the report name the file by it); a multipart file keeps its own.")],
        requestBody: { required: true, content: uploadContent },
        responses: { "201": ok("Staged", ref("ImportJob")), "400": problem("A multipart body Parley cannot read."), ...TOO_LARGE, ...COMMON },
      },
    },
    "/imports/{id}": {
      get: {
        summary: "An import's status, progress and counts",
        description: "Scope: write; the import's author and admins.",
        parameters: id,
        responses: { "200": ok("OK", { allOf: [ref("ImportJob"), { type: "object", properties: { plans } }] }), ...NOT_FOUND_IMPORT, ...COMMON },
      },
    },
    "/imports/{id}/dry-run": {
      post: {
        summary: "Confirm the columns and dry-run the import",
        description: `Without a body the guessed columns are used. Nothing is saved. A file of up to ${DRY_RUN_WAIT_ROWS.toLocaleString("en")} rows answers 200 with the row-by-row outcome (first page; follow \`nextCursor\` on /imports/{id}/rows); a longer one answers 202 while it is checked. Again after a change of columns, until the run starts. Scope: write.`,
        parameters: id,
        requestBody: { required: false, content: jsonContent(inputJsonSchema(dryRunBodySchema)) },
        responses: {
          "200": ok("Checked", { allOf: [pageOf(ref("ImportRow")), { type: "object", properties: { import: ref("ImportJob"), plans } }] }),
          "202": ok("Being checked: follow Location", { type: "object", properties: { import: ref("ImportJob") } }),
          "400": problem("The body is not JSON."),
          ...NOT_FOUND_IMPORT,
          "409": problem("The import's run has started: its columns can no longer change."),
          ...COMMON,
        },
      },
    },
    "/imports/{id}/run": {
      post: {
        summary: "Run the import",
        description: "After a dry run. Runs as a job that survives a restart; each row is planned again as it is written, so a row imported before (by content) creates nothing. Scope: write.",
        parameters: id,
        responses: {
          "202": ok("Started: follow Location", { allOf: [ref("ImportJob"), { type: "object", properties: { plans } }] }),
          ...NOT_FOUND_IMPORT,
          "409": problem("No dry run yet, or already running or done."),
          ...COMMON,
        },
      },
    },
    "/imports/{id}/rows": {
      get: {
        summary: "An import's rows, row by row",
        description: "In the file's order, 100 a page: the dry run's plan and, once run, each outcome. Scope: write.",
        parameters: [...id, query("show", "Keep one kind: create, exists or refuse (after the run, by outcome).", rowFilterSchema), query("cursor", "The `nextCursor` of the previous page.")],
        responses: { "200": ok("OK", pageOf(ref("ImportRow"))), ...NOT_FOUND_IMPORT, ...COMMON },
      },
    },
    "/imports/{id}/refused": {
      get: {
        summary: "An import's refused rows",
        description: "After the run its refusals; before it, the dry run's. JSON pages, or with `format=csv` (or `Accept: text/csv`) the report to fix and import again: row, reason, then the row's cells under the file's headers. Scope: write.",
        parameters: [
          ...id,
          query("format", "json (the default) or csv.", z.enum(["json", "csv"])),
          query("limit", `JSON: rows per page, 1 to ${REFUSED_PAGE_MAX} (default 100).`, z.int().min(1).max(REFUSED_PAGE_MAX)),
          query("cursor", "JSON: the `nextCursor` of the previous page."),
        ],
        responses: {
          "200": {
            description: "OK",
            content: {
              ...jsonContent(pageOf({ type: "object", properties: { rowNumber: int, reason: str, cells: { type: "object", additionalProperties: str } } })),
              "text/csv": { schema: str },
            },
          },
          ...NOT_FOUND_IMPORT,
          ...COMMON,
        },
      },
    },
    "/ingest": {
      post: {
        summary: "Start a batch of wire items",
        description: `JSONL ({"text", "outlet", "url", "published"} a line), a zip of .txt and .html files, or pasted items separated by --- lines; at most ${MAX_BATCH_ITEMS} items. Each becomes a machine draft, another source of one, or a proposal to a recorded meeting, read as a job. One running batch per analyst. Scope: write; role: analyst or admin.`,
        parameters: [
          query("name", "The batch's name (required; a multipart form may send it as a field)."),
          query("outlet", "The outlet of items that name none."),
          query("published", "The day items that give none were published, YYYY-MM-DD."),
        ],
        requestBody: { required: true, content: ingestContent },
        responses: {
          "202": ok("Started: follow Location", ref("IngestBatch")),
          "409": problem("Your previous batch is still being read."),
          ...TOO_LARGE,
          ...COMMON,
        },
      },
    },
    "/ingest/{id}": {
      get: {
        summary: "A batch's progress and what each item became",
        description: "Scope: write; role: analyst or admin.",
        parameters: [idParameter("batch")],
        responses: {
          "200": ok("OK", { allOf: [ref("IngestBatch"), { type: "object", properties: { items: { type: "array", items: ref("IngestItem") } } }] }),
          "404": problem("No such batch."),
          ...COMMON,
        },
      },
    },
  };
}

export const jobSchemas = { ImportJob: importJob, ImportRow: importRow, IngestBatch: ingestBatch, IngestItem: ingestItem };
