import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createMeeting } = await import("@/lib/meetings/mutations");
const { searchMeetings } = await import("@/lib/meetings/search/search-meetings");

let meetingId: string;

beforeAll(async () => {
  const analyst = await createTestAccount(db, "analyst");
  setRequest({ cookies: analyst.cookies });
  const [topic] = await db.topic.findMany({ select: { id: true }, orderBy: { name: "asc" }, take: 1 });
  meetingId = (
    await createMeeting({
      title: "Row links: Gafarova receives a CPC delegation",
      kind: "MEETING",
      status: "PUBLISHED",
      date: "2024-04-02",
      countries: [
        { countryCode: "AZ", side: "HOST" },
        { countryCode: "CN", side: "GUEST" },
      ],
      participants: [
        { name: "Sahiba Gafarova", title: "Speaker", countryCode: "AZ", isDelegationLead: true },
        { name: "Liu Jianchao", title: "Head of the International Department", countryCode: "CN", isDelegationLead: true },
      ],
      topicIds: [topic!.id],
      tags: ["Caucasus", "Parliaments"],
    })
  ).id;
});

describe("a table row's links", () => {
  it("carry the ids of the people, tags and topics the row shows, and each id filters back to the row", async () => {
    const { rows } = await searchMeetings({});
    const row = rows.find((item) => item.id === meetingId)!;
    expect(row.leads.map((lead) => lead.name).sort()).toEqual(["Liu Jianchao", "Sahiba Gafarova"]);
    expect(row.tags.map((tag) => tag.name)).toEqual(["Caucasus", "Parliaments"]);
    expect(row.topics).toHaveLength(1);

    const filters = [
      ...row.leads.map((lead) => ({ person: lead.personId })),
      ...row.tags.map((tag) => ({ tag: tag.id })),
      ...row.topics.map((topic) => ({ topic: topic.id })),
    ];
    for (const filter of filters) {
      const filtered = await searchMeetings(filter);
      expect(filtered.problems, JSON.stringify(filter)).toEqual([]);
      expect(filtered.rows.map((item) => item.id)).toContain(meetingId);
    }
  });
});
