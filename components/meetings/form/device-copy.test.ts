import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  DEVICE_COPY_MAX_DAYS,
  clearAllDeviceCopies,
  clearDeviceCopiesOfDraft,
  clearDeviceCopy,
  deviceCopyKey,
  dropExpiredDeviceCopies,
  readDeviceCopy,
  writeDeviceCopy,
} from "@/components/meetings/form/device-copy";
import { EMPTY_MEETING_FORM } from "@/lib/meetings/form-data";

/** A Map-backed localStorage, enumerable like the browser's (Object.keys lists its items). */
function fakeStorage(): Storage {
  const items: Record<string, string> = {};
  const storage = {
    getItem: (key: string) => (key in items ? items[key]! : null),
    setItem: (key: string, value: string) => void (items[key] = value),
    removeItem: (key: string) => void delete items[key],
  };
  return new Proxy(storage, { ownKeys: () => Object.keys(items), getOwnPropertyDescriptor: (_t, key) => (typeof key === "string" && key in items ? { enumerable: true, configurable: true, value: items[key] } : undefined) }) as unknown as Storage;
}

const NOW = Date.parse("2026-12-06T12:00:00.000Z");
const DAY = 24 * 3_600_000;
const copy = (title: string, draftId?: string, savedAt = new Date().toISOString()) => ({ values: { ...EMPTY_MEETING_FORM, title }, savedAt, draftId });

describe("the browser's copy of a meeting form", () => {
  beforeEach(() => vi.stubGlobal("window", { localStorage: fakeStorage() }));
  afterEach(() => vi.unstubAllGlobals());

  it("is kept per user and per meeting, and cleared", () => {
    const mine = deviceCopyKey("user-1");
    const theirs = deviceCopyKey("user-2");
    expect(mine).not.toBe(theirs);
    expect(deviceCopyKey("user-1", "meeting-9")).not.toBe(mine);
    expect(writeDeviceCopy(mine, copy("Talks in Oslo"))).toBe(true);
    expect(readDeviceCopy(mine)?.values.title).toBe("Talks in Oslo");
    expect(readDeviceCopy(theirs)).toBeNull();
    clearDeviceCopy(mine);
    expect(readDeviceCopy(mine)).toBeNull();
  });

  it("forgets only the copies that continue a discarded draft, and only the user's own", () => {
    writeDeviceCopy(deviceCopyKey("user-1"), copy("New", "draft-a"));
    writeDeviceCopy(deviceCopyKey("user-1", "meeting-9"), copy("Edit", "draft-b"));
    writeDeviceCopy(deviceCopyKey("user-2"), copy("Someone else's", "draft-a"));
    clearDeviceCopiesOfDraft("user-1", "draft-a");
    expect(readDeviceCopy(deviceCopyKey("user-1"))).toBeNull();
    expect(readDeviceCopy(deviceCopyKey("user-1", "meeting-9"))?.values.title).toBe("Edit");
    expect(readDeviceCopy(deviceCopyKey("user-2"))?.values.title).toBe("Someone else's");
  });

  it(`is dropped once older than ${DEVICE_COPY_MAX_DAYS} days, whoever's it is, when a form opens`, () => {
    const old = deviceCopyKey("user-1");
    const recent = deviceCopyKey("user-1", "meeting-9");
    const othersOld = deviceCopyKey("user-2");
    writeDeviceCopy(old, copy("Typed long ago", undefined, new Date(NOW - (DEVICE_COPY_MAX_DAYS + 1) * DAY).toISOString()));
    writeDeviceCopy(recent, copy("Typed this week", undefined, new Date(NOW - (DEVICE_COPY_MAX_DAYS - 1) * DAY).toISOString()));
    writeDeviceCopy(othersOld, copy("Someone's old typing", undefined, new Date(NOW - 30 * DAY).toISOString()));
    window.localStorage.setItem("another-app:setting", "kept");

    expect(readDeviceCopy(old, NOW)).toBeNull();
    expect(window.localStorage.getItem(old)).toBeNull();
    dropExpiredDeviceCopies(NOW);
    expect(window.localStorage.getItem(othersOld)).toBeNull();
    expect(readDeviceCopy(recent, NOW)?.values.title).toBe("Typed this week");
    expect(window.localStorage.getItem("another-app:setting")).toBe("kept");
  });

  it("treats a copy whose date cannot be read as expired", () => {
    writeDeviceCopy(deviceCopyKey("user-1"), copy("When?", undefined, "not a date"));
    expect(readDeviceCopy(deviceCopyKey("user-1"), NOW)).toBeNull();
  });

  it("is cleared at sign-out, every user's copy on this browser and nothing else", () => {
    writeDeviceCopy(deviceCopyKey("user-1"), copy("Mine"));
    writeDeviceCopy(deviceCopyKey("user-2", "meeting-3"), copy("A colleague's on a shared computer"));
    window.localStorage.setItem("another-app:setting", "kept");
    clearAllDeviceCopies();
    expect(readDeviceCopy(deviceCopyKey("user-1"))).toBeNull();
    expect(readDeviceCopy(deviceCopyKey("user-2", "meeting-3"))).toBeNull();
    expect(window.localStorage.getItem("another-app:setting")).toBe("kept");
  });

  it("shrugs off storage that is missing, full or holds something else", () => {
    window.localStorage.setItem(deviceCopyKey("user-1"), "{not json");
    expect(readDeviceCopy(deviceCopyKey("user-1"))).toBeNull();
    window.localStorage.setItem = () => {
      throw new DOMException("full", "QuotaExceededError");
    };
    expect(writeDeviceCopy(deviceCopyKey("user-1"), copy("Too much"))).toBe(false);
    vi.stubGlobal("window", undefined);
    expect(writeDeviceCopy(deviceCopyKey("user-1"), copy("Nowhere"))).toBe(false);
    expect(readDeviceCopy(deviceCopyKey("user-1"))).toBeNull();
  });
});
