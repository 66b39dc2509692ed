/** Values in PostgreSQL's COPY text format: tab-separated, \N for NULL, backslash escapes. */
export type CopyValue = string | number | boolean | null | undefined;

export function copyField(value: CopyValue): string {
  if (value === null || value === undefined) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  if (typeof value === "number") return String(value);
  // Fast path: most values need no escaping.
  if (!/[\\\t\n\r]/.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (char) =>
    char === "\\" ? "\\\\" : char === "\t" ? "\\t" : char === "\n" ? "\\n" : "\\r",
  );
}

export function copyLine(values: CopyValue[]): string {
  let line = "";
  for (let i = 0; i < values.length; i += 1) {
    if (i > 0) line += "\t";
    line += copyField(values[i]);
  }
  return line + "\n";
}
