import { describe, expect, it } from "vitest";
import { isIsoDay, listMeetingsInputSchema, meetingIdSchema } from "@/lib/meetings/schemas";

describe("listMeetingsInputSchema", () => {
  it("defaults to the first page of 25, newest first", () => {
    expect(listMeetingsInputSchema.parse({})).toMatchObject({ page: 1, pageSize: 25, sort: "date", dir: "desc", kinds: [] });
  });

  it("refuses sort keys outside the allow-list and pages beyond the caps", () => {
    expect(listMeetingsInputSchema.safeParse({ sort: "createdById" }).success).toBe(false);
    expect(listMeetingsInputSchema.safeParse({ pageSize: 101 }).success).toBe(false);
    expect(listMeetingsInputSchema.safeParse({ page: 1001 }).success).toBe(false);
  });

  it("drops a blank search", () => {
    expect(listMeetingsInputSchema.parse({ q: "   " }).q).toBeUndefined();
  });
});

describe("ids and days", () => {
  it("accept UUIDs and real calendar days only", () => {
    expect(meetingIdSchema.safeParse("01890a5d-ac96-774b-bcce-b302099a8057").success).toBe(true);
    expect(meetingIdSchema.safeParse("1; DROP TABLE").success).toBe(false);
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-4-2")).toBe(false);
  });
});
