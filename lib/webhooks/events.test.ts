import { describe, expect, it } from "vitest";
import { eventTypeOf, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/events";

describe("webhook events", () => {
  it("names a revision by its record and action, review steps included", () => {
    expect(eventTypeOf("Meeting", "CREATE")).toBe("meeting.created");
    expect(eventTypeOf("Meeting", "RESTORE")).toBe("meeting.restored");
    expect(eventTypeOf("Meeting", "RETURN")).toBe("meeting.returned");
    expect(eventTypeOf("Person", "MERGE")).toBe("person.merged");
    expect(eventTypeOf("Tag", "UNMERGE")).toBe("tag.unmerged");
  });

  it("has no event for records and actions nobody can subscribe to", () => {
    expect(eventTypeOf("FeedTest", "UPDATE")).toBeNull();
    expect(eventTypeOf("Person", "SUBMIT")).toBeNull();
    expect(new Set(WEBHOOK_EVENT_TYPES).size).toBe(WEBHOOK_EVENT_TYPES.length);
  });
});
