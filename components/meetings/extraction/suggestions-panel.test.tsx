import { readFileSync } from "node:fs";
import path from "node:path";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { SuggestionsPanel } from "@/components/meetings/extraction/suggestions-panel";
import { extractSuggestions } from "@/lib/extraction/extract";
import { listSuggestionItems } from "@/lib/extraction/suggestion-items";

const text = readFileSync(path.resolve(import.meta.dirname, "../../../prisma/seed/demo-articles/01-baku-gafarova-liu.txt"), "utf8");
const suggestions = extractSuggestions(text, { publishedOn: "2024-04-02" });
const noop = () => {};

describe("the suggestions panel", () => {
  const html = renderToStaticMarkup(<SuggestionsPanel suggestions={suggestions} onAccept={noop} onReject={noop} onAcceptAll={noop} onHighlight={noop} />);

  it("groups suggestions under a heading per field", () => {
    for (const heading of ["Date", "Place", "Kind", "Countries", "Participants", "Organisations", "Topics"]) {
      expect(html).toContain(`>${heading}</h3>`);
    }
  });

  it("labels every accept and reject button with what it decides", () => {
    const items = listSuggestionItems(suggestions);
    for (const item of items) {
      expect(html).toContain(`aria-label="Accept ${item.label.replaceAll("'", "&#x27;")}"`);
      expect(html).toContain(`aria-label="Reject ${item.label.replaceAll("'", "&#x27;")}"`);
    }
    expect(html).toContain("Accept all");
  });

  it("shows the words each suggestion came from", () => {
    expect(html).toContain("“Speaker of the Azerbaijani Parliament, Sahiba Gafarova”");
  });

  it("flags a counterpart named only by office", () => {
    const counterpart = extractSuggestions("ISLAMABAD, March 5 (APP): Foreign Minister Tariq Mahmood met the Chinese ambassador.", { publishedOn: "2025-03-05" });
    const markup = renderToStaticMarkup(<SuggestionsPanel suggestions={counterpart} onAccept={noop} onReject={noop} onAcceptAll={noop} onHighlight={noop} />);
    expect(markup).toContain("Named by office only");
    expect(markup).toContain("Ambassador (name not given)");
  });
});
