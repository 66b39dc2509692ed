import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { parseJsonlItems, parsePastedItems, parseUpload, parseZipItems } from "@/lib/ingest/parse-items";
import { MAX_BATCH_ITEMS } from "@/lib/ingest/schemas";

const defaults = { outlet: "Wire item", published: "2026-04-02" };

describe("reading an upload's items", () => {
  it("reads a zip's .txt and .html files in name order, as text, passing over other files", () => {
    const zip = zipSync({
      "b.html": strToU8("<html><head><style>p{}</style><script>x()</script></head><body><h1>Talks</h1><p>BAKU, April 2 &mdash; Ministers met.</p></body></html>"),
      "a.txt": strToU8("\uFEFFTASHKENT, April 2 -- Leaders talked.\r\n"),
      "photo.jpg": new Uint8Array([1, 2, 3]),
      "__MACOSX/._a.txt": strToU8("junk"),
      "notes/.hidden.txt": strToU8("hidden"),
    });
    const items = parseZipItems(zip, defaults);
    expect(items.map((i) => i.label)).toEqual(["a.txt", "b.html"]);
    expect(items[0]).toMatchObject({ text: "TASHKENT, April 2 -- Leaders talked.\n", outlet: "Wire item", published: "2026-04-02" });
    expect(items[1]!.text).toBe("Talks\n\nBAKU, April 2 — Ministers met.");
  });

  it("refuses a file that is not a zip, and a zip with more items than a batch holds", () => {
    expect(() => parseZipItems(strToU8("not a zip"), defaults)).toThrow(/not a zip/);
    const many = Object.fromEntries(Array.from({ length: MAX_BATCH_ITEMS + 1 }, (_, i) => [`${i}.txt`, strToU8("x")]));
    expect(() => parseZipItems(zipSync(many), defaults)).toThrow(/at most/);
  });

  it("reads JSONL lines with their own outlet, address and published day, naming each bad line", () => {
    const items = parseJsonlItems(
      [
        JSON.stringify({ text: "ANKARA, May 1 -- A call.", outlet: "Agency A", url: "https://example.org/1", published: "2026-05-01T08:00:00Z" }),
        "",
        JSON.stringify({ text: "ROME, May 2 -- Talks." }),
      ].join("\n"),
      defaults,
    );
    expect(items).toMatchObject([
      { outlet: "Agency A", url: "https://example.org/1", published: "2026-05-01", label: "https://example.org/1" },
      { outlet: "Wire item", published: "2026-04-02", label: "Line 3" },
    ]);
    try {
      parseJsonlItems(`{"text": "ok"}\nnot json\n{"outlet": "no text"}`, defaults);
      expect.unreachable();
    } catch (error) {
      expect((error as { fieldErrors: Record<string, string[]> }).fieldErrors.file).toEqual([expect.stringMatching(/^Line 2/), expect.stringMatching(/^Line 3/)]);
    }
    expect(() => parseJsonlItems(JSON.stringify({ text: "x", url: "javascript:alert(1)" }), defaults)).toThrow(/cannot be read/);
  });

  it("splits pasted items on a line of dashes, reading an item's own outlet, address and date lines", () => {
    const items = parsePastedItems("First item text.\n---\nOutlet: Agency B\nURL: https://example.org/b\nPublished: 2026-04-03\nSecond item text.\n\n=====\n\n", defaults);
    expect(items).toMatchObject([
      { text: "First item text.", outlet: "Wire item", label: "First item text." },
      { text: "Second item text.", outlet: "Agency B", url: "https://example.org/b", published: "2026-04-03" },
    ]);
    expect(() => parsePastedItems("\n---\n", defaults)).toThrow(/no items/);
    expect(() => parseUpload({ name: "items.csv", bytes: strToU8("a,b") }, "", defaults)).toThrow(/\.zip/);
  });
});
