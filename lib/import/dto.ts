import type { ImportField } from "@/lib/import/fields";
import type { PlanDetail } from "@/lib/import/plan-detail";

/** An import as its pages show it. */
export interface ImportJobView {
  id: string;
  fileName: string;
  format: string;
  status: "MAPPING" | "CHECKING" | "CHECKED" | "RUNNING" | "DONE" | "FAILED";
  headers: string[];
  /** The confirmed columns, or the guesses from the headers while none are confirmed. */
  columns: Partial<Record<ImportField, number>>;
  guessed: boolean;
  meetingStatus: "DRAFT" | "PUBLISHED";
  /** The first rows, to confirm the columns by. */
  sample: string[][];
  total: number;
  checked: number;
  done: number;
  created: number;
  existing: number;
  refused: number;
  message: string | null;
  createdAt: string;
}

/** One row of the dry run or the run, as the row-by-row table shows it. */
export interface ImportRowView {
  rowNumber: number;
  plan: "CREATE" | "EXISTS" | "REFUSE" | null;
  detail: PlanDetail | null;
  outcome: "CREATED" | "EXISTS" | "REFUSED" | null;
  reason: string | null;
  meetingId: string | null;
}
