import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { listSavedViews } = await import("@/lib/views/queries");
const { deleteView, saveView } = await import("@/lib/views/mutations");
const { getPreferences, setMeetingColumns, setShortcutsEnabled } = await import("@/lib/preferences/preferences");
const { MAX_OWN_VIEWS, MAX_SHARED_VIEWS_LISTED } = await import("@/lib/views/internal/schemas");

type Account = Awaited<ReturnType<typeof createTestAccount>>;
let alice: Account;
let bob: Account;
const as = (account: Account | null) => setRequest({ cookies: account?.cookies ?? {} });

beforeAll(async () => {
  [alice, bob] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
});

describe("saved views", () => {
  it("keeps personal views to their owner and shows shared ones to everyone", async () => {
    as(alice);
    await saveView({ name: "Mine", query: "?q=gas&page=7&country=AZ", shared: false });
    await saveView({ name: "Team", query: "country=CN,-RU&sort=date", shared: true });
    expect((await listSavedViews()).map((view) => [view.name, view.query, view.mine])).toEqual([
      ["Mine", "country=AZ&q=gas", true],
      ["Team", "country=CN%2C-RU&sort=date", true],
    ]);
    as(bob);
    expect((await listSavedViews()).map((view) => [view.name, view.mine])).toEqual([["Team", false]]);
  });

  it("does not let another user change or delete someone's view", async () => {
    as(alice);
    const team = (await listSavedViews()).find((view) => view.name === "Team")!;
    as(bob);
    await expect(deleteView(team.id)).rejects.toMatchObject({ code: "not_found" });
    // Saving the same name makes Bob's own view; Alice's is untouched.
    await saveView({ name: "Team", query: "country=GE", shared: false });
    as(alice);
    expect((await listSavedViews()).find((view) => view.id === team.id)?.query).toBe("country=CN%2C-RU&sort=date");
    await deleteView(team.id);
    expect((await listSavedViews()).map((view) => view.name)).toEqual(["Mine"]);
  });

  it("refuses callers who are not signed in and names that are blank or too long", async () => {
    as(null);
    await expect(listSavedViews()).rejects.toMatchObject({ code: "unauthorized" });
    await expect(saveView({ name: "x", query: "" })).rejects.toMatchObject({ code: "unauthorized" });
    as(alice);
    await expect(saveView({ name: "  ", query: "" })).rejects.toMatchObject({ code: "validation" });
    await expect(saveView({ name: "x".repeat(81), query: "" })).rejects.toMatchObject({ code: "validation" });
  });
});

describe("the views menu when colleagues share many views", () => {
  it("lists all of the caller's own views first, then a capped number of shared ones", async () => {
    const [sharer, reader] = await Promise.all([createTestAccount(db, "analyst"), createTestAccount(db, "viewer")]);
    // More shared views than any menu could hold, all sorting before the reader's own.
    await db.savedView.createMany({ data: Array.from({ length: 210 }, (_, i) => ({ ownerId: sharer.id, name: `A shared ${String(i).padStart(3, "0")}`, query: "", shared: true })) });
    as(reader);
    for (const name of ["Z mine 1", "Z mine 2", "Z mine 3"]) await saveView({ name, query: "q=gas", shared: false });

    const views = await listSavedViews();
    expect(views.slice(0, 3).map((view) => [view.name, view.mine])).toEqual([
      ["Z mine 1", true],
      ["Z mine 2", true],
      ["Z mine 3", true],
    ]);
    const shared = views.slice(3);
    expect(shared).toHaveLength(MAX_SHARED_VIEWS_LISTED);
    expect(shared.every((view) => !view.mine && view.shared)).toBe(true);
  });

  it("stops a person at their cap of own views, so all of them always fit, but lets them replace one", async () => {
    const keeper = await createTestAccount(db, "viewer");
    await db.savedView.createMany({ data: Array.from({ length: MAX_OWN_VIEWS }, (_, i) => ({ ownerId: keeper.id, name: `View ${i}`, query: "", shared: false })) });
    as(keeper);
    await expect(saveView({ name: "One too many", query: "q=oil" })).rejects.toMatchObject({ code: "validation", fieldErrors: { name: [expect.stringMatching(/Delete one/u)] } });
    await expect(saveView({ name: "View 7", query: "q=oil" })).resolves.toMatchObject({ id: expect.any(String) });
    expect((await listSavedViews()).filter((view) => view.mine)).toHaveLength(MAX_OWN_VIEWS);
  });
});

describe("preferences", () => {
  it("remembers columns and shortcuts per user", async () => {
    as(alice);
    expect(await getPreferences()).toEqual({ meetingColumns: [], shortcutsEnabled: true });
    await setMeetingColumns(["title", "date", "title"]);
    await setShortcutsEnabled(false);
    expect(await getPreferences()).toEqual({ meetingColumns: ["title", "date"], shortcutsEnabled: false });
    await expect(setMeetingColumns(["<script>"])).rejects.toMatchObject({ code: "validation" });
    as(bob);
    expect(await getPreferences()).toEqual({ meetingColumns: [], shortcutsEnabled: true });
  });
});
