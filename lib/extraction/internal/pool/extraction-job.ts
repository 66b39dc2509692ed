import type { ExtractionResult } from "@/lib/extraction/types";

/** One text for the extraction worker. */
export interface ExtractionJob {
  text: string;
  publishedOn: string | null;
  /** Extraction's own limit: it stops adding suggestions after this long (checked between stages). */
  timeLimitMs: number;
}

/** The worker's answer: the suggestions, and the rule that tripped if one did (the main thread logs it). */
export interface ExtractionJobOutput {
  result: ExtractionResult;
  failure: { name: string; message: string; stack?: string } | null;
}
