"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { MeetingFormValues } from "@/lib/meetings/form-data";

export type SaveDraft = (input: { draftId?: string; meetingId?: string; baseVersion?: number; values: MeetingFormValues }) => Promise<
  { ok: true; draftId: string; savedAt: string } | { ok: false; message: string }
>;

export type DraftStatus = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; at: string } | { kind: "failed"; message: string };

const DEBOUNCE_MS = 2_000;

/**
 * Keeps a server-side draft of the form as the analyst types: two seconds after the last change,
 * and at once when the tab is hidden (closing, switching away). Saves run one after another so a
 * new draft is created once. The address gains `?draft=<id>`, so a reload opens the draft.
 */
export function useDraftAutosave({
  values,
  save,
  meetingId,
  baseVersion,
  initialDraftId,
  enabled,
}: {
  values: MeetingFormValues;
  save: SaveDraft;
  meetingId?: string;
  baseVersion?: number;
  initialDraftId?: string;
  enabled: boolean;
}): { draftId?: string; status: DraftStatus } {
  const [draftId, setDraftId] = useState(initialDraftId);
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle" });
  const idRef = useRef(initialDraftId);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef<MeetingFormValues | null>(null);
  const first = useRef(true);

  const flush = useCallback(() => {
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = null;
    chain.current = chain.current.then(async () => {
      setStatus({ kind: "saving" });
      try {
        const result = await save({ draftId: idRef.current, meetingId, baseVersion, values: toSave });
        if (!result.ok) {
          setStatus({ kind: "failed", message: result.message });
          return;
        }
        if (idRef.current !== result.draftId) {
          idRef.current = result.draftId;
          setDraftId(result.draftId);
          const url = new URL(window.location.href);
          url.searchParams.set("draft", result.draftId);
          window.history.replaceState(window.history.state, "", url);
        }
        setStatus({ kind: "saved", at: result.savedAt });
      } catch {
        setStatus({ kind: "failed", message: "The draft could not be saved just now; your typing is still here." });
      }
    });
  }, [save, meetingId, baseVersion]);

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (!enabled) return;
    pending.current = values;
    const timer = setTimeout(flush, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [values, enabled, flush]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === "hidden") flush();
    };
    document.addEventListener("visibilitychange", onHide);
    return () => document.removeEventListener("visibilitychange", onHide);
  }, [flush]);

  return { draftId, status };
}
