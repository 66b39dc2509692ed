import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { db } = await import("@/lib/db");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { discoverEndpoints, redirectTarget } = await import("@/lib/testing/endpoints");
const { createUserAction, resetUserPasswordAction } = await import("@/app/admin/users/actions");
const { signInAction } = await import("@/app/sign-in/actions");
const { changePasswordAction } = await import("@/app/account/actions");
const { attachSourceAction } = await import("@/app/(workbench)/meetings/new/actions");
const { createTestMeeting } = await import("@/lib/testing/factories");

/**
 * Actions that answer with something other than an ActionState, and why. Shrink this list; a new
 * action must not join it.
 */
const OTHER_SHAPES: Record<string, string> = {
  "(workbench)/lookup/actions.ts#lookupPeopleAction": "type-ahead: a list of options",
  "(workbench)/lookup/actions.ts#lookupOrganizationsAction": "type-ahead: a list of options",
  "(workbench)/lookup/actions.ts#lookupTagsAction": "type-ahead: a list of options",
  "(workbench)/lookup/actions.ts#lookupTopicsAction": "type-ahead: a list of options",
  "(workbench)/meetings/new/actions.ts#findDuplicatesAction": "type-ahead: a list of possible duplicates",
};
const STATUSES = ["idle", "invalid", "conflict", "saved", "error"];

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.set(key, value);
  return data;
}

const IDLE = { status: "idle", values: {} } as never;
const actions = [...(await discoverEndpoints())].filter(([key]) => key.includes("actions.ts#") && !(key in OTHER_SHAPES));

describe("one contract for every server action", () => {
  it.each(actions)("%s answers an empty form with an ActionState or a redirect", async (_key, fn) => {
    const admin = await createTestAccount(db, "admin");
    setRequest({ cookies: admin.cookies });
    let answer: unknown;
    try {
      answer = await fn(IDLE, new FormData());
    } catch (error) {
      expect(redirectTarget(error), String(error)).not.toBeNull();
      return;
    }
    expect(STATUSES).toContain((answer as { status?: unknown }).status);
    expect(answer).toHaveProperty("values");
  });

  it("hands back what an admin typed, with the error beside its field, and the temporary password as the result", async () => {
    const admin = await createTestAccount(db, "admin");
    setRequest({ cookies: admin.cookies });
    const typed = { name: "Leyla Mammadova", email: "not an email", role: "analyst" };
    await expect(createUserAction(IDLE, form(typed))).resolves.toMatchObject({ status: "invalid", values: typed, fieldErrors: { email: [expect.any(String)] } });

    const target = await createTestAccount(db, "viewer");
    const reset = await resetUserPasswordAction(IDLE, form({ userId: target.id }));
    expect(reset).toMatchObject({ status: "saved", values: { userId: target.id }, result: { temporaryPassword: expect.any(String) } });
  });

  it("refuses with a code, and keeps the values, when the caller may not act", async () => {
    const viewer = await createTestAccount(db, "viewer");
    setRequest({ cookies: viewer.cookies });
    const typed = { name: "Someone", email: `someone-${crypto.randomUUID()}@test.parley.example`, role: "admin" };
    await expect(createUserAction(IDLE, form(typed))).resolves.toMatchObject({ status: "error", code: "forbidden", values: typed });
  });

  it("answers a source attached to a possible duplicate like any form: the error beside the source's field, the chosen meeting kept", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({ cookies: analyst.cookies });
    const meeting = await createTestMeeting(db);
    const refused = await attachSourceAction(IDLE, form({ meetingId: meeting.id, outlet: "", language: "en", text: "Another account of the talks." }));
    expect(refused).toMatchObject({ status: "invalid", values: { meetingId: meeting.id }, message: expect.any(String), fieldErrors: { "sources.0.outlet": [expect.any(String)] } });
    await expect(attachSourceAction(IDLE, form({ meetingId: crypto.randomUUID(), outlet: "Second Wire", language: "en", text: "Text." }))).resolves.toMatchObject({ status: "error", code: "not_found" });
  });

  it("never sends a typed password or code back", async () => {
    const analyst = await createTestAccount(db, "analyst");
    setRequest({});
    const refused = await signInAction(IDLE, form({ email: analyst.email, password: "a wrong password typed here" }));
    expect(refused).toMatchObject({ status: "invalid", values: { email: analyst.email } });
    expect(JSON.stringify(refused)).not.toContain("a wrong password typed here");

    setRequest({ cookies: analyst.cookies });
    const mismatch = await changePasswordAction(IDLE, form({ currentPassword: analyst.password, newPassword: "one new passphrase", confirmPassword: "another new passphrase", code: "123456" }));
    expect(mismatch).toMatchObject({ status: "invalid", fieldErrors: { confirmPassword: [expect.any(String)] } });
    expect(JSON.stringify(mismatch)).not.toMatch(/new passphrase|123456/u);
    expect(JSON.stringify(mismatch)).not.toContain(analyst.password);
  });
});
