import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { clearDeviceCopiesOfDraft, clearDeviceCopy, deviceCopyKey, readDeviceCopy, writeDeviceCopy } from "@/components/meetings/form/device-copy";
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

const copy = (title: string, draftId?: string) => ({ values: { ...EMPTY_MEETING_FORM, title }, savedAt: "2026-11-30T20:00:00.000Z", draftId });

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
