import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { ROLE_TOO_WEAK } = await import("@/lib/auth/current-user");
const { extractSuggestionsAction } = await import("@/app/(workbench)/meetings/extract/actions");
const { MAX_EXTRACTION_TEXT_CHARS } = await import("@/lib/extraction/internal/schemas");
const { suggestMeetingFromText } = await import("@/lib/extraction/suggest-meeting");
const { USER_LIMITS } = await import("@/lib/security/user-limits");
const { createTestOrganization, createTestPerson } = await import("@/lib/testing/factories");
const { createExtractionPool, extractInPool, extractionPool, TEXT_TOO_SLOW } = await import("@/lib/extraction/pool/extraction-pool");
const { JobTimeLimitError } = await import("@/lib/extraction/internal/pool/worker-pool");

// The pool's worker loads through tsx here: seconds on a busy two-core machine, paid once, before the tests.
beforeAll(() => extractInPool("Warm up.", {}));
afterAll(() => extractionPool().close());

const baku = readFileSync(path.resolve(import.meta.dirname, "../../prisma/seed/demo-articles/01-baku-gafarova-liu.txt"), "utf8");

function extract(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return extractSuggestionsAction({ status: "idle", values: { publishedOn: "" } }, form);
}

async function signInAs(role: "viewer" | "analyst") {
  const account = await createTestAccount(db, role);
  setRequest({ cookies: account.cookies, headers: { "x-forwarded-for": "192.0.2.50" } });
}

describe("suggestions from pasted text", () => {
  it("gives an analyst the Baku article's date, place, people and evidence", async () => {
    await signInAs("analyst");
    const state = await extract({ text: baku, publishedOn: "2024-04-02" });
    expect(state.status).toBe("saved");
    if (state.status !== "saved" || !state.result) return;
    const suggestions = state.result;
    expect(suggestions.date?.value).toBe("2024-04-02");
    expect(suggestions.location).toMatchObject({ city: "Baku", country: "AZ" });
    expect(suggestions.participants.map((p) => p.name)).toEqual(["Sahiba Gafarova", "Liu Jianchao", "Tahir Budagov"]);
    for (const participant of suggestions.participants) {
      expect(baku.slice(participant.evidence.start, participant.evidence.end)).toBe(participant.evidence.quote);
    }
  });

  it("points its evidence into the text as the form holds it, though the post carried CRLF line breaks", async () => {
    await signInAs("analyst");
    const state = await extract({ text: baku.replace(/\n/gu, "\r\n"), publishedOn: "2024-04-02" });
    if (state.status !== "saved" || !state.result) throw new Error(`no suggestions: ${JSON.stringify(state)}`);
    const last = state.result.participants.at(-1)!;
    expect(last.name).toBe("Tahir Budagov");
    expect(baku.slice(last.evidence.start, last.evidence.end)).toBe(last.evidence.quote);
  });

  it("refuses a viewer", async () => {
    await signInAs("viewer");
    const state = await extract({ text: baku, publishedOn: "2024-04-02" });
    expect(state).toMatchObject({ status: "error", code: "forbidden", message: ROLE_TOO_WEAK, values: { publishedOn: "2024-04-02" } });
  });

  it("explains beside the fields what is wrong with the input", async () => {
    await signInAs("analyst");
    const tooLong = await extract({ text: "a".repeat(MAX_EXTRACTION_TEXT_CHARS + 1), publishedOn: "2024-04-02" });
    expect(tooLong.status === "invalid" && tooLong.fieldErrors.text?.[0]).toMatch(/too long/);
    const badDate = await extract({ text: baku, publishedOn: "April 2" });
    expect(badDate.status === "invalid" && badDate.fieldErrors.publishedOn?.[0]).toMatch(/YYYY-MM-DD/);
    const empty = await extract({ text: "   " });
    expect(empty.status === "invalid" && empty.fieldErrors.text?.[0]).toMatch(/Paste the wire text/);
  });
});

describe("suggestions per user", () => {
  it("refuses an analyst's runs beyond the budget with a message that says when to try again, and not a colleague's", async () => {
    await signInAs("analyst");
    const item = { text: "Sahiba Gafarova met Liu Jianchao in Baku.", publishedOn: "2024-04-02" };
    for (let run = 0; run < USER_LIMITS.extraction.budget.starts; run++) await suggestMeetingFromText(item);
    await expect(suggestMeetingFromText(item)).rejects.toMatchObject({
      code: "throttled",
      message: expect.stringMatching(/^You have started 10 suggestion runs in the last minute, the most allowed\. Try again in \d+ seconds\.$/),
    });
    await signInAs("analyst");
    await expect(suggestMeetingFromText(item)).resolves.toMatchObject({ participants: expect.any(Array) });
  });
});

// The review's paste: 30 KB of one apostrophe-joined token, which took 3–5 s of the main thread.
const HOSTILE = Array.from({ length: 15_000 }, () => "a").join("'");

describe("suggestions off the request path", () => {
  it("lets a colleague's request started while a hostile paste is being read finish before it", async () => {
    await signInAs("analyst");
    const order: string[] = [];
    const hostile = suggestMeetingFromText({ text: HOSTILE }).then(
      () => order.push("hostile paste ended"),
      () => order.push("hostile paste ended"),
    );
    await vi.waitUntil(() => extractionPool().stats().running === 1, { timeout: 60_000, interval: 5 });
    await db.$queryRaw`SELECT count(*) FROM "Meeting"`;
    order.push("ordinary request done");
    await hostile;
    expect(order).toEqual(["ordinary request done", "hostile paste ended"]);
  });

  it("ends a text that runs past the hard limit, terminating its worker, with a message the analyst can act on", { timeout: 90_000 }, async () => {
    // A limit no 30 KB text is read within, so the limit, not the text's speed, is what is tested.
    const pool = createExtractionPool({ size: 1, timeLimitMs: 10 });
    try {
      await expect(extractInPool(HOSTILE, {}, pool)).rejects.toMatchObject({ code: "validation", message: TEXT_TOO_SLOW, fieldErrors: { text: [TEXT_TOO_SLOW] } });
      expect(pool.stats().workers).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it("tells the analyst beside the text when it took too long", async () => {
    await signInAs("analyst");
    const pool = extractionPool();
    const run = vi.spyOn(pool, "run").mockRejectedValueOnce(new JobTimeLimitError(4_000));
    const state = await extract({ text: HOSTILE });
    expect(run).toHaveBeenCalledOnce();
    expect(state).toMatchObject({ status: "invalid", fieldErrors: { text: [TEXT_TOO_SLOW] } });
  });
});

describe("links to the people and organisations Parley already has", () => {
  async function organization(name: string, acronym: string | null, countryCode: string, aliases: string[] = []) {
    const made = await createTestOrganization(db, { name, acronym, countryCode });
    for (const alias of aliases) await db.organizationAlias.create({ data: { organizationId: made.id, alias } });
    return made;
  }

  it("links each participant and organisation with exactly one match by name, spelling or acronym, and suggests a title", async () => {
    await signInAs("analyst");
    const gafarova = await createTestPerson(db, { name: "Sahiba Gafarova", countryCode: "AZ" });
    const liu = await createTestPerson(db, { name: "Liu Jianchao", countryCode: "CN", aliases: ["Lu Jianchao"] });
    const budagov = await createTestPerson(db, { name: "Tahir Budagov", countryCode: "AZ" });
    const majlis = await organization("Milli Majlis (Parliament of Azerbaijan)", null, "AZ", ["Azerbaijani Parliament"]);
    const department = await organization("International Department of the CPC Central Committee", "IDCPC", "CN", ["CPC International Relations Department"]);
    const yap = await organization("New Azerbaijan Party", "YAP", "AZ");
    const cpc = await organization("Communist Party of China", "CPC", "CN");

    const suggestions = await suggestMeetingFromText({ text: baku, publishedOn: "2024-04-02" });
    expect(suggestions.participants.map((p) => p.name)).toEqual(["Sahiba Gafarova", "Liu Jianchao", "Tahir Budagov"]);
    expect(suggestions.people.map((link) => link?.id)).toEqual([gafarova.id, liu.id, budagov.id]);
    expect(suggestions.participantOrganizations.map((link) => link?.id)).toEqual([majlis.id, department.id, yap.id]);
    const linked = suggestions.organizations.map((o, i) => [o.name, suggestions.organizationLinks[i]?.id ?? null]);
    expect(linked).toContainEqual(["Communist Party of China", cpc.id]);
    expect(linked).toContainEqual(["CPC's International Relations Department", department.id]);
    expect(linked).toContainEqual(["Heydar Aliyev Foundation", null]);
    expect(suggestions.title).toBe("Gafarova meets Liu Jianchao in Baku");
  });

  it("links nobody where two people answer to the name: the analyst chooses", async () => {
    await signInAs("analyst");
    await createTestPerson(db, { name: "Tahir Budagov", countryCode: "AZ" });
    const suggestions = await suggestMeetingFromText({ text: baku, publishedOn: "2024-04-02" });
    expect(suggestions.people[2]).toBeNull();
    expect(suggestions.people[1]).not.toBeNull();
  });
});
