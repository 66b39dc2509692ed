"use client";

import { Download, X } from "lucide-react";
import { useRef, useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";

const count = new Intl.NumberFormat("en");

function filenameOf(response: Response, fallback: string): string {
  return /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? fallback;
}

/**
 * Downloads every meeting of the current view (all pages) from the export route, showing how
 * many rows have arrived; Cancel aborts the request, which stops the server's stream too.
 */
export function ExportButton({ search, total, viewName }: { search: string; total: number; viewName?: string }) {
  const [received, setReceived] = useState<number | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function start(format: "csv" | "json" | "events") {
    const controller = new AbortController();
    abort.current = controller;
    setReceived(0);
    const params = new URLSearchParams(search);
    params.set("format", format);
    if (viewName) params.set("name", viewName);
    try {
      const response = await fetch(`/meetings/export?${params.toString()}`, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Error((await response.text()) || "The export failed.");
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let rows = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        // One meeting per record: CSV rows end with CRLF, JSON objects start on their own line.
        for (const byte of value) if (byte === 10) rows++;
        setReceived(rows);
      }
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get("Content-Type") ?? undefined }));
      const link = document.createElement("a");
      link.href = url;
      link.download = filenameOf(response, format === "events" ? "parley-events.csv" : `parley-meetings.${format}`);
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast.success(
        format === "events"
          ? `Exported ${count.format(Math.max(0, rows - 1))} CAMEO events.`
          : `Exported ${count.format(Math.max(0, rows - 1))} meetings as ${format.toUpperCase()}.`,
      );
    } catch (error) {
      if (controller.signal.aborted) toast("Export cancelled.");
      else toast.error(error instanceof Error ? error.message : "The export failed.");
    } finally {
      abort.current = null;
      setReceived(null);
    }
  }

  if (received !== null) {
    return (
      <div className="flex items-center gap-2 text-sm" role="status">
        <span className="tabular-nums">
          Exporting… {count.format(received)} of {count.format(total)} rows
        </span>
        <Button variant="outline" size="sm" onClick={() => abort.current?.abort()}>
          <X aria-hidden="true" />
          Cancel export
        </Button>
      </div>
    );
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" disabled={total === 0}>
          <Download aria-hidden="true" />
          Export
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuItem onSelect={() => void start("csv")}>All {count.format(total)} as CSV</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void start("json")}>All {count.format(total)} as JSON</DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void start("events")}>All {count.format(total)} as CAMEO events (CSV)</DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
