import type { MeetingFormValues } from "@/lib/meetings/form-data";

/**
 * The browser's own copy of a meeting form, kept only while the server could not save the draft
 * (session expired, offline, server error), so nothing typed is lost. One per user and meeting
 * ("new" for a new one) in localStorage; whatever goes wrong with storage is ignored, since the
 * copy is a safety net and must never break the form.
 */
export interface DeviceCopy {
  values: MeetingFormValues;
  savedAt: string;
  /** The server draft this copy continues, if there was one. */
  draftId?: string;
}

export function deviceCopyKey(userId: string, meetingId?: string): string {
  return `parley:meeting-form:${userId}:${meetingId ?? "new"}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readDeviceCopy(key: string): DeviceCopy | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<DeviceCopy>;
    return copy && typeof copy.savedAt === "string" && copy.values && typeof copy.values === "object" ? (copy as DeviceCopy) : null;
  } catch {
    return null;
  }
}

export function writeDeviceCopy(key: string, copy: DeviceCopy): boolean {
  try {
    storage()?.setItem(key, JSON.stringify(copy));
    return Boolean(storage());
  } catch {
    // Full or forbidden: the form says the draft was not saved, and the typing is still on the page.
    return false;
  }
}

export function clearDeviceCopy(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** Forgets every copy of this user's that continues the draft `draftId` (it was discarded). */
export function clearDeviceCopiesOfDraft(userId: string, draftId: string): void {
  const store = storage();
  if (!store) return;
  try {
    const prefix = deviceCopyKey(userId, "");
    for (const key of Object.keys(store)) {
      if (key.startsWith(prefix) && readDeviceCopy(key)?.draftId === draftId) store.removeItem(key);
    }
  } catch {
    // Nothing to clear.
  }
}
