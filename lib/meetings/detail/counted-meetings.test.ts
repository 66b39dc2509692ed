import { describe, expect, it } from "vitest";
import { COUNTED_MEETINGS_LIMIT, countedMeetingsNote } from "@/lib/meetings/detail/counted-meetings";

describe("countedMeetingsNote", () => {
  it("says nothing while the counts cover every meeting", () => {
    expect(countedMeetingsNote(0)).toBeNull();
    expect(countedMeetingsNote(COUNTED_MEETINGS_LIMIT)).toBeNull();
  });

  it("says what the counts cover once an entity has more meetings than are counted", () => {
    expect(countedMeetingsNote(340_112)).toBe("Counts cover the newest 20,000 of 340,112 meetings.");
  });
});
