import { extractSuggestions } from "@/lib/extraction/extract";
import { serveJobs } from "@/lib/extraction/internal/pool/serve-jobs";
import type { ExtractionJob, ExtractionJobOutput } from "@/lib/extraction/internal/pool/extraction-job";

// The entry of an extraction worker thread (lib/extraction/pool/extraction-pool.ts starts it).

// The first run builds the vocabularies' indexes (about 0.4 s): pay for it before an analyst waits.
extractSuggestions("BAKU, April 2. Speaker Ilham Aliyev met Foreign Minister Wang Yi.", { publishedOn: "2024-04-02" });

serveJobs<ExtractionJob, ExtractionJobOutput>(({ text, publishedOn, timeLimitMs }) => {
  let failure: ExtractionJobOutput["failure"] = null;
  const result = extractSuggestions(text, {
    publishedOn,
    timeLimitMs,
    onError: (error) => {
      failure = error instanceof Error ? { name: error.name, message: error.message, stack: error.stack } : { name: "Error", message: String(error) };
    },
  });
  return { result, failure };
});
