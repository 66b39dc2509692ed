import { describe, expect, it } from "vitest";
import { z } from "zod";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "@/lib/forms/body-limit";
import { meetingRecordSchema, recordSourceSchema } from "@/lib/meetings/write/record-schema";
import { worstCaseJsonBytes } from "@/lib/testing/worst-case-size";

// The meeting form posts the record as JSON in one multipart field (no percent-encoding), beside
// the action's id, meetingId, expectedVersion and draftId, each with its part headers.
const FORM_ALLOWANCE_BYTES = 64 * 1024;

// Fields a pattern or a refinement bounds rather than a `max`: codes and days.
const BOUNDED_ELSEWHERE = {
  date: 10,
  locationCountryCode: 2,
  "countries[].countryCode": 2,
  "participants[].countryCode": 2,
  "sources[].publishedOn": 10,
  "sources[].language": 12,
  "evidence[].target.countryCode": 2,
};

/** JSON bytes of the costliest character the source text accepts (quotes are cut from it). */
function costliestCharacter(): number {
  const candidates = ["a", '"', "é", "中", "\u0001"];
  const accepted = candidates.filter((character) => recordSourceSchema.shape.text.safeParse(`x${character}`).success);
  return Math.max(...accepted.map((character) => Buffer.byteLength(JSON.stringify(character)) - 2));
}

describe("the largest valid meeting record and the server action body limit", () => {
  const largestRecordBytes = () =>
    worstCaseJsonBytes(meetingRecordSchema, { bytesPerCharacter: costliestCharacter(), boundedElsewhere: BOUNDED_ELSEWHERE });

  it("has a maximum for every field, so it has a largest size at all", () => {
    expect(largestRecordBytes()).toBeGreaterThan(0);
  });

  // Before the limits were aligned the record allowed ~146 MB of JSON (20 sources of 200,000
  // characters, 2,000 quotes of 10,000, control characters at 6 bytes each) against the body limit.
  it("fits within the body limit with room for the form's encoding", () => {
    expect(largestRecordBytes() + FORM_ALLOWANCE_BYTES).toBeLessThanOrEqual(SERVER_ACTION_BODY_LIMIT_BYTES);
  });
});

describe("worstCaseJsonBytes", () => {
  const schema = z.object({
    title: z.string().trim().max(5),
    kind: z.enum(["A", "LONGEST"]).default("A"),
    code: z.string().regex(/^[A-Z]{2}$/),
    ids: z.array(z.uuid()).max(2),
    rows: z.array(z.object({ done: z.boolean(), at: z.int() })).max(3).default([]),
  });

  it("equals the JSON of a record with every field at its limit", () => {
    const largest = {
      title: "中中中中中",
      kind: "LONGEST",
      code: "FR",
      ids: [crypto.randomUUID(), crypto.randomUUID()],
      rows: Array.from({ length: 3 }, () => ({ done: false, at: Number.MIN_SAFE_INTEGER })),
    };
    expect(schema.safeParse(largest).success).toBe(true);
    expect(worstCaseJsonBytes(schema, { bytesPerCharacter: 3, boundedElsewhere: { code: 2 } })).toBe(Buffer.byteLength(JSON.stringify(largest)));
  });

  it("refuses a text field with no maximum, which no body limit can hold", () => {
    expect(() => worstCaseJsonBytes(schema, { bytesPerCharacter: 3 })).toThrow("code is a string with no maximum length");
  });
});
