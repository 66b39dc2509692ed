"use client";

import { HardDriveDownload } from "lucide-react";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { clearDeviceCopy, DEVICE_COPY_NOTE, dropExpiredDeviceCopies, readDeviceCopy, type DeviceCopy } from "@/components/meetings/form/device-copy";
import type { MeetingFormValues } from "@/lib/meetings/form-data";

/**
 * On return to the form: what this browser kept when the server could not save the draft, offered
 * back to the analyst (restore or discard). Only a copy found when the page opened is offered,
 * and only when it differs from what the form opened with.
 */
export function DeviceCopyOffer({ deviceKey, initialValues, onRestore }: { deviceKey: string; initialValues: MeetingFormValues; onRestore: (values: MeetingFormValues) => void }) {
  const [copy, setCopy] = useState<DeviceCopy | null>(null);
  const initial = useRef(initialValues);
  useEffect(() => {
    // localStorage exists only in the browser, so the copy is read after the first render.
    dropExpiredDeviceCopies();
    const found = readDeviceCopy(deviceKey);
    if (found && JSON.stringify(found.values) !== JSON.stringify(initial.current)) setCopy(found);
  }, [deviceKey]);
  if (!copy) return null;

  const decide = (restore: boolean) => {
    clearDeviceCopy(deviceKey);
    setCopy(null);
    // Restored values are in the form and saved from there like anything typed.
    if (restore) onRestore(copy.values);
  };
  const at = new Date(copy.savedAt);
  return (
    <section aria-labelledby="device-copy-heading" className="grid gap-2 rounded-lg border border-warning/60 bg-surface p-4">
      <h2 id="device-copy-heading" className="flex items-center gap-2 text-base font-semibold">
        <HardDriveDownload className="size-4" aria-hidden="true" />
        Unsaved typing kept on this device
      </h2>
      <p className="text-sm">
        On <time dateTime={copy.savedAt}>{at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })}</time> this form could not be saved to your drafts
        {copy.values.title ? (
          <>
            {" "}
            (<q>{copy.values.title}</q>)
          </>
        ) : null}
        , so this browser kept a copy. Restore it to carry on where you left off. {DEVICE_COPY_NOTE}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="button" size="sm" onClick={() => decide(true)}>
          Restore what I typed
        </Button>
        <Button type="button" size="sm" variant="ghost" onClick={() => decide(false)}>
          Discard the copy
        </Button>
      </div>
    </section>
  );
}

/**
 * Forgets the browser's copy once the meeting is saved: a successful save is the only way the
 * form goes away while its save is still pending (the action redirects to the permalink).
 */
export function useClearDeviceCopyOnSave(deviceKey: string, pending: boolean): void {
  const pendingRef = useRef(pending);
  useEffect(() => {
    pendingRef.current = pending;
  }, [pending]);
  useEffect(
    () => () => {
      if (pendingRef.current) clearDeviceCopy(deviceKey);
    },
    [deviceKey],
  );
}
