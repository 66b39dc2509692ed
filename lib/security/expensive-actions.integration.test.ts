import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting, createTestPerson } = await import("@/lib/testing/factories");
const { tagMeetings } = await import("@/lib/meetings/search/bulk-tag");
const { mergePeople } = await import("@/lib/people/mutations");

let analyst: Awaited<ReturnType<typeof createTestAccount>>;
beforeAll(async () => {
  analyst = await createTestAccount(db, "analyst");
});

/** Of two runs started together by one analyst, one goes through and the other is asked to wait. */
async function expectOneRefused(runs: Promise<unknown>[]) {
  const results = await Promise.allSettled(runs);
  expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  const refused = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
  expect(refused).toEqual([expect.objectContaining({ code: "throttled", message: expect.stringMatching(/try again/iu) })]);
}

describe("one analyst's expensive runs", () => {
  it("a second bulk tag run while the first is running is refused with when to try again", async () => {
    setRequest({ cookies: analyst.cookies });
    const ids = await Promise.all(Array.from({ length: 6 }, async () => (await createTestMeeting(db)).id));
    await expectOneRefused([tagMeetings({ ids }, { add: ["First run"], remove: [] }), tagMeetings({ ids }, { add: ["Second run"], remove: [] })]);
  });

  it("a second merge while the first is running is refused", async () => {
    setRequest({ cookies: analyst.cookies });
    const [a, b, c, d] = await Promise.all(Array.from({ length: 4 }, () => createTestPerson(db, { countryCode: "AZ" })));
    for (const person of [a!, c!]) {
      for (let i = 0; i < 3; i += 1) await createTestMeeting(db, { participants: [{ personId: person.id, countryCode: "AZ" }, { countryCode: "CN" }] });
    }
    await expectOneRefused([mergePeople({ id: a!.id, intoId: b!.id }), mergePeople({ id: c!.id, intoId: d!.id })]);
  });
});
