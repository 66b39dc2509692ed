import type { ImportJobView } from "@/lib/import/dto";

export const IMPORT_STATUS_LABELS: Record<ImportJobView["status"], string> = {
  MAPPING: "Columns to confirm",
  CHECKING: "Dry run under way",
  CHECKED: "Dry run done",
  RUNNING: "Importing",
  DONE: "Done",
  FAILED: "Stopped",
};
