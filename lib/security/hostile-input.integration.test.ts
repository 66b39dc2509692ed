import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { meetingRecordSchema } = await import("@/lib/meetings/write/record-schema");
const { readMeetingSnapshot } = await import("@/lib/meetings/write/snapshot");
const { freeTextPaths } = await import("@/lib/testing/free-text-fields");
const { HOSTILE_STRINGS } = await import("@/lib/testing/hostile-input");

type Json = Record<string, unknown>;

/** Sets `participants.*.name`-style paths on a record whose lists have one row each. */
function setPath(target: Json, path: string, value: string) {
  const keys = path.split(".");
  let node: Json | unknown[] = target;
  keys.forEach((key, i) => {
    const index = key === "*" ? 0 : key;
    const container = node as Record<string | number, unknown>;
    if (i === keys.length - 1) container[index] = value;
    else node = container[index] as Json;
  });
}

function getPath(source: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key === "*" ? 0 : key], source);
}

const paths = freeTextPaths(meetingRecordSchema);

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "analyst")).cookies });
});

describe("hostile text in every free-text field of a meeting", () => {
  it("covers the fields the schema declares", () => {
    expect(paths.length).toBeGreaterThanOrEqual(10);
  });

  it.each(HOSTILE_STRINGS.map((value, i) => [i, value] as const))("is stored exactly as typed (#%i)", async (_i, hostile) => {
    const record: Json = {
      title: "", kind: "MEETING", date: "2024-04-02", countries: [{ countryCode: "AZ" }],
      participants: [{ name: "", allowNamesake: true }], sources: [{ outlet: "", text: "" }], tags: [""],
    };
    // Tags are short (60 characters) and compare by their letters and digits: each run gets its own.
    const tag = `${hostile.slice(0, 50)} ${_i}`;
    for (const path of paths) setPath(record, path, path === "tags.*" ? tag : hostile);
    const { id } = await createMeeting(record);
    const stored = (await readMeetingSnapshot(db, id))!.record;
    for (const path of paths) {
      const expected = path === "tags.*" ? tag.normalize("NFC").trim() : path === "sources.*.text" ? hostile : hostile.trim();
      expect(getPath(stored, path), path).toBe(expected);
    }
  });
});
