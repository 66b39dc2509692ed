"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { clearDeviceCopy, writeDeviceCopy } from "@/components/meetings/form/device-copy";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";
import type { MeetingFormValues } from "@/lib/meetings/form-data";

type SaveDraftState = ActionState<{ draftId: string }, unknown, { draftId: string; savedAt: string }>;
/** The autosave action: form data with `draft`, the JSON of `{ draftId?, meetingId?, baseVersion?, values }`. */
export type SaveDraft = (previous: SaveDraftState, formData: FormData) => Promise<SaveDraftState>;

export type DraftStatus =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; at: string }
  /** `onDevice`: a copy is kept in this browser; `signInAgain`: the session has ended. */
  | { kind: "failed"; message: string; onDevice: boolean; signInAgain: boolean };

const DEBOUNCE_MS = 2_000;

/**
 * Keeps a server-side draft of the form as the analyst types: two seconds after the last change,
 * and at once when the tab is hidden (closing, switching away). Saves run one after another so a
 * new draft is created once. The address gains `?draft=<id>`, so a reload opens the draft.
 * When the server cannot save (session expired, offline, server error) the values are kept in
 * this browser under `deviceKey` instead, until a later save reaches the server.
 */
export function useDraftAutosave({
  values,
  save,
  meetingId,
  baseVersion,
  initialDraftId,
  enabled,
  deviceKey,
}: {
  values: MeetingFormValues;
  save: SaveDraft;
  meetingId?: string;
  baseVersion?: number;
  initialDraftId?: string;
  enabled: boolean;
  deviceKey: string;
}): { draftId?: string; status: DraftStatus } {
  const [draftId, setDraftId] = useState(initialDraftId);
  const [status, setStatus] = useState<DraftStatus>({ kind: "idle" });
  const idRef = useRef(initialDraftId);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef<MeetingFormValues | null>(null);
  const first = useRef(true);
  // Only a copy this page wrote is cleared by a later successful save; an older one waits for the analyst.
  const wroteCopy = useRef(false);

  const flush = useCallback(() => {
    const toSave = pending.current;
    if (!toSave) return;
    pending.current = null;
    const keepOnDevice = (message: string, signInAgain: boolean) => {
      const onDevice = writeDeviceCopy(deviceKey, { values: toSave, savedAt: new Date().toISOString(), draftId: idRef.current });
      wroteCopy.current ||= onDevice;
      setStatus({ kind: "failed", message, onDevice, signInAgain });
    };
    chain.current = chain.current.then(async () => {
      setStatus({ kind: "saving" });
      try {
        const state = await submitFields(save, { draft: JSON.stringify({ draftId: idRef.current, meetingId, baseVersion, values: toSave }) });
        const result = state.status === "saved" ? state.result : undefined;
        if (!result) {
          keepOnDevice(failureOf(state) ?? "The draft could not be saved just now.", state.status === "error" && state.code === "unauthorized");
          return;
        }
        if (wroteCopy.current) {
          clearDeviceCopy(deviceKey);
          wroteCopy.current = false;
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
        keepOnDevice("The server could not be reached.", false);
      }
    });
  }, [save, meetingId, baseVersion, deviceKey]);

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
