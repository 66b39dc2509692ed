/**
 * What one import may hold. The browser's cap sits under the server actions' body limit
 * (lib/forms/body-limit.ts, 8 MB) with room for the form's encoding; operators importing from the
 * command line may bring larger files. Rows are capped for both: a job's rows are staged in the
 * database, and 100,000 is what the benchmark measures.
 */
export const MAX_UPLOAD_BYTES = 7 * 1024 * 1024;
export const MAX_CLI_FILE_BYTES = 64 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
export const MAX_IMPORT_COLUMNS = 100;
/** A longer cell is cut here when staged; the record's own limits then say what is too long. */
export const MAX_CELL_CHARS = 20_000;
