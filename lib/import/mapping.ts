import { z } from "zod";
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, REQUIRED_FIELDS, type ImportField } from "@/lib/import/fields";
import { MAX_IMPORT_COLUMNS } from "@/lib/import/limits";

/** The columns the analyst confirmed, and how the meetings are recorded. */
export const importMappingSchema = z
  .object({
    columns: z.partialRecord(z.enum(IMPORT_FIELDS), z.int().min(0).max(MAX_IMPORT_COLUMNS - 1)),
    /**
     * Imported meetings are drafts until someone publishes them, unless the analyst says otherwise;
     * the review rule still decides whether they may be published at once (the run settles it).
     */
    status: z.enum(["DRAFT", "PUBLISHED"]).default("DRAFT"),
  })
  .superRefine((mapping, context) => {
    for (const field of REQUIRED_FIELDS) {
      if (mapping.columns[field] === undefined) {
        context.addIssue({ code: "custom", path: ["columns", field], message: `Choose the column that holds the ${IMPORT_FIELD_LABELS[field].toLowerCase()}.` });
      }
    }
    const seen = new Map<number, ImportField>();
    for (const field of IMPORT_FIELDS) {
      const column = mapping.columns[field];
      if (column === undefined) continue;
      const other = seen.get(column);
      if (other) context.addIssue({ code: "custom", path: ["columns", field], message: `This column is already the ${IMPORT_FIELD_LABELS[other].toLowerCase()}.` });
      seen.set(column, field);
    }
  });
export type ImportMapping = z.output<typeof importMappingSchema>;

/** The mapping form's fields (`column.<field>`: a column's index or blank; `status`) as a mapping to validate. */
export function mappingFromForm(formData: FormData): unknown {
  const columns: Record<string, number> = {};
  for (const field of IMPORT_FIELDS) {
    const value = String(formData.get(`column.${field}`) ?? "").trim();
    if (value !== "") columns[field] = Number(value);
  }
  return { columns, status: String(formData.get("status") ?? "DRAFT") };
}
