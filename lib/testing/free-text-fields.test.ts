import { describe, expect, it } from "vitest";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";
import { freeTextPaths } from "@/lib/testing/free-text-fields";

describe("freeTextPaths", () => {
  it("finds every free-text field of the meeting record, nested ones included", () => {
    expect(freeTextPaths(meetingRecordSchema)).toEqual([
      "outcome",
      "participants.*.name",
      "participants.*.organization",
      "participants.*.title",
      "place",
      "sources.*.outlet",
      "sources.*.text",
      "sources.*.title",
      "summary",
      "tags.*",
      "title",
    ]);
  });
});
