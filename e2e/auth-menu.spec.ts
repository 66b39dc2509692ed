import type { Page } from "@playwright/test";
import { database } from "@/e2e/support/database";
import { expect, test } from "@/e2e/fixtures";

// The header's account menu, every item both ways: the mouse path once lost "Sign out" (the menu
// closed, unmounting its form, before the click could submit it) while Enter still worked.

type Way = "mouse" | "keyboard";

async function choose(page: Page, name: string, userName: string, way: Way) {
  const trigger = page.getByRole("button", { name: `Account menu for ${userName}` });
  if (way === "mouse") {
    await trigger.click();
    await page.getByRole("menuitem", { name }).click();
    return;
  }
  await trigger.focus();
  await page.keyboard.press("Enter");
  const item = page.getByRole("menuitem", { name });
  await expect(page.getByRole("menu")).toBeVisible();
  for (let step = 0; step < 6 && !(await item.evaluate((element) => element === document.activeElement)); step += 1) {
    await page.keyboard.press("ArrowDown");
  }
  await expect(item).toBeFocused();
  await page.keyboard.press("Enter");
}

const sessionCount = async (userId: string) =>
  (await database().query<{ n: number }>(`SELECT count(*)::int AS n FROM "session" WHERE "userId" = $1`, [userId])).rows[0]?.n;

for (const way of ["mouse", "keyboard"] as const) {
  test(`Every item of the account menu works by ${way}: Account, Users and Sign out`, async ({ anonymousPage: page, signInAs, createAccount }) => {
    test.slow(); // Three menu choices, each a navigation or a server action.
    const admin = await createAccount("admin", `menu-${way}`);
    await signInAs(admin, page.context());

    await page.goto("/meetings");
    await choose(page, "Account", admin.name, way);
    await expect(page).toHaveURL(/\/account$/u);

    await choose(page, "Users", admin.name, way);
    await expect(page).toHaveURL(/\/admin\/users$/u);

    await page.goto("/meetings");
    await choose(page, "Sign out", admin.name, way);
    await expect(page).toHaveURL(/\/sign-in$/u);
    expect(await sessionCount(admin.id)).toBe(0);
  });
}

test("Sign out is in the account menu on the account and admin pages too", async ({ anonymousPage: page, signInAs, createAccount }) => {
  const admin = await createAccount("admin", "menu-admin-pages");
  await signInAs(admin, page.context());
  await page.goto("/admin/users");
  await choose(page, "Sign out", admin.name, "mouse");
  await expect(page).toHaveURL(/\/sign-in$/u);
  expect(await sessionCount(admin.id)).toBe(0);
});

test("Signing out clears the meeting forms' copies this browser kept", async ({ anonymousPage: page, signInAs, createAccount }) => {
  const analyst = await createAccount("analyst", "menu-device-copy");
  await signInAs(analyst, page.context());
  await page.goto("/meetings/new");
  // A copy as the form keeps it when the server cannot save (written directly: no outage needed).
  await page.evaluate((key) => localStorage.setItem(key, JSON.stringify({ values: { title: "Typed on a shared computer" }, savedAt: new Date().toISOString() })), `parley:meeting-form:${analyst.id}:new`);
  await choose(page, "Sign out", analyst.name, "mouse");
  await expect(page).toHaveURL(/\/sign-in$/u);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith("parley:meeting-form:")))).toEqual([]);
});
