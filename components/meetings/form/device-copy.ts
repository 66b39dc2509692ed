import type { MeetingFormValues } from "@/lib/meetings/form-data";

/**
 * The browser's own copy of a meeting form, kept only while the server could not save the draft
 * (session expired, offline, server error), so nothing typed is lost. One per user and meeting
 * ("new" for a new one) in localStorage; whatever goes wrong with storage is ignored, since the
 * copy is a safety net and must never break the form. A shared or handed-over computer must not
 * keep a record's text for the next person: copies go at sign-out and after DEVICE_COPY_MAX_DAYS.
 */
export interface DeviceCopy {
  values: MeetingFormValues;
  savedAt: string;
  /** The server draft this copy continues, if there was one. */
  draftId?: string;
}

export const DEVICE_COPY_MAX_DAYS = 7;
const MAX_AGE_MS = DEVICE_COPY_MAX_DAYS * 24 * 3_600_000;
/** What the form tells the analyst whenever it keeps or offers a copy. */
export const DEVICE_COPY_NOTE = `This browser keeps the copy for up to ${DEVICE_COPY_MAX_DAYS} days; signing out clears it.`;

const PREFIX = "parley:meeting-form:";

export function deviceCopyKey(userId: string, meetingId?: string): string {
  return `${PREFIX}${userId}:${meetingId ?? "new"}`;
}

function storage(): Storage | null {
  try {
    return typeof window === "undefined" ? null : window.localStorage;
  } catch {
    return null;
  }
}

/** The copy under `key`, unless it is older than DEVICE_COPY_MAX_DAYS (then it is removed). */
export function readDeviceCopy(key: string, now = Date.now()): DeviceCopy | null {
  try {
    const raw = storage()?.getItem(key);
    if (!raw) return null;
    const copy = JSON.parse(raw) as Partial<DeviceCopy>;
    if (!copy || typeof copy.savedAt !== "string" || !copy.values || typeof copy.values !== "object") return null;
    const age = now - Date.parse(copy.savedAt);
    // An unreadable date counts as expired: the copy cannot say how old it is.
    if (!(age <= MAX_AGE_MS)) {
      storage()?.removeItem(key);
      return null;
    }
    return copy as DeviceCopy;
  } catch {
    return null;
  }
}

/** Removes every copy on this browser older than DEVICE_COPY_MAX_DAYS, whoever's it is (on opening a form). */
export function dropExpiredDeviceCopies(now = Date.now()): void {
  forEachCopyKey((key) => void readDeviceCopy(key, now));
}

/** Removes every copy on this browser, of every user (on sign-out). */
export function clearAllDeviceCopies(): void {
  forEachCopyKey((key) => storage()?.removeItem(key));
}

function forEachCopyKey(visit: (key: string) => void): void {
  const store = storage();
  if (!store) return;
  try {
    for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) visit(key);
  } catch {
    // Storage refused: nothing kept that could be reached either.
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
