import type { Page } from "@playwright/test";
import { database } from "@/e2e/support/database";
import { submitSignIn } from "@/e2e/support/sign-in-form";
import { expect, test } from "@/e2e/fixtures";
import type { ThrowAwayAccount } from "@/e2e/support/database";
import { totpCode, wrongTotpCode } from "@/lib/testing/auth/totp";

// Throw-away accounts only: turning the second factor on must not touch the shared test users.

/** Turns two-step sign-in on from the account page, as the analyst would with an authenticator app. */
async function turnOnTwoStep(page: Page, account: ThrowAwayAccount) {
  await page.goto("/account/two-step");
  await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Continue" }).click();

  const keyRegion = page.getByRole("region", { name: /Add Parley to your authenticator app/u });
  const key = (await keyRegion.locator("code").textContent())?.trim() ?? "";
  expect(key).toMatch(/^[A-Z2-7]{16,}=*$/u);
  const backupCodes = await page.getByRole("region", { name: /backup codes/u }).getByRole("listitem").allTextContents();
  expect(backupCodes).toHaveLength(10);

  await page.getByRole("textbox", { name: "Code", exact: true }).fill(totpCode(key));
  await page.getByRole("button", { name: "Turn on two-step sign-in" }).click();
  await expect(page).toHaveURL(/\/account\?notice=two-step-on$/u);
  await expect(page.getByText("Two-step sign-in is on.")).toBeVisible();
  const { rows } = await database().query<{ on: boolean }>(`SELECT "twoFactorEnabled" AS "on" FROM "user" WHERE "id" = $1`, [account.id]);
  expect(rows[0]?.on).toBe(true);
  return { key, backupCodes };
}

async function signOutFromAccountPage(page: Page) {
  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/u);
}

async function submitCode(page: Page, code: string) {
  await page.getByRole("textbox", { name: "Code", exact: true }).fill(code);
  await Promise.all([
    page.waitForResponse((response) => response.request().method() === "POST" && new URL(response.url()).pathname === "/sign-in/two-step"),
    page.getByRole("button", { name: "Verify" }).click(),
  ]);
}

const sessionCount = async (userId: string) =>
  (await database().query<{ n: number }>(`SELECT count(*)::int AS n FROM "session" WHERE "userId" = $1`, [userId])).rows[0]?.n;

test("An analyst turns on two-step sign-in, then signs in with password and code and lands where they were going", async ({ anonymousPage: page, signInAs, createAccount }) => {
  test.slow(); // Set-up, sign-out, a refused and an accepted code.
  const account = await createAccount("analyst", "two-step");
  await signInAs(account, page.context());
  const { key } = await turnOnTwoStep(page, account);
  await signOutFromAccountPage(page);
  expect(await sessionCount(account.id)).toBe(0);

  const wanted = "/meetings?q=Geneva&sort=date";
  await page.goto(wanted);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(wanted)}`);
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(`/sign-in/two-step?next=${encodeURIComponent(wanted)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Two-step sign-in" })).toBeVisible();
  // The password alone opened no session.
  expect(await sessionCount(account.id)).toBe(0);

  await submitCode(page, wrongTotpCode(key));
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This code is not valid");
  await expect(page).toHaveURL(/\/sign-in\/two-step/u);
  expect(await sessionCount(account.id)).toBe(0);
  // React resets the form after the action: wait for that before typing again.
  await expect(page.getByRole("textbox", { name: "Code", exact: true })).toHaveValue("");

  // The set-up code's step is spent (a code works once): the authenticator's next code is accepted.
  await submitCode(page, totpCode(key, Date.now(), 1));
  await expect(page).toHaveURL(wanted);
  expect(await sessionCount(account.id)).toBe(1);
});

test("A backup code completes sign-in once, and is refused the second time", async ({ anonymousPage: page, signInAs, createAccount }) => {
  test.slow(); // Set-up, two sign-outs and two password-and-code sign-ins.
  const account = await createAccount("viewer", "backup-code");
  await signInAs(account, page.context());
  const { backupCodes } = await turnOnTwoStep(page, account);
  await signOutFromAccountPage(page);

  await page.goto("/sign-in");
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/sign-in\/two-step/u);
  await submitCode(page, backupCodes[0]!);
  await expect(page).toHaveURL(/\/meetings$/u);

  await signOutFromAccountPage(page);
  await page.goto("/sign-in");
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/sign-in\/two-step/u);
  await submitCode(page, backupCodes[0]!);
  await expect(page.getByRole("main").getByRole("alert")).toContainText("This code is not valid");
  expect(await sessionCount(account.id)).toBe(0);
});

test("Turning two-step sign-in off asks for the password and a current code", async ({ anonymousPage: page, signInAs, createAccount }) => {
  test.slow(); // Set-up, two refusals and a success: several password hashes and page loads.
  const account = await createAccount("analyst", "two-step-off");
  await signInAs(account, page.context());
  const { key } = await turnOnTwoStep(page, account);

  await page.goto("/account/two-step");
  await page.getByLabel("Password").fill(account.password);
  await page.getByLabel("Current code").fill(wrongTotpCode(key));
  await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
  await expect(page.getByText("This code is not valid, or was already used.")).toBeVisible();
  await expect(page).toHaveURL(/\/account\/two-step$/u);

  await page.getByLabel("Password").fill(account.password);
  // The set-up spent the current step; the app's next code is fresh.
  await page.getByLabel("Current code").fill(totpCode(key, Date.now(), 1));
  await page.getByRole("button", { name: "Turn off two-step sign-in" }).click();
  await expect(page).toHaveURL(/\/account\?notice=two-step-off$/u);
  await expect(page.getByText("Two-step sign-in is off.")).toBeVisible();
});

test("An admin resets a lost authenticator; the person then signs in with the password alone", async ({ anonymousPage: page, adminPage, signInAs, createAccount }) => {
  test.slow(); // Two people, set-up, sign-out, reset and a sign-in.
  const account = await createAccount("analyst", "lost-phone");
  await signInAs(account, page.context());
  await turnOnTwoStep(page, account);
  await signOutFromAccountPage(page);

  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: account.email });
  await row.getByRole("button", { name: `Reset two-step sign-in of ${account.name}` }).click();
  await expect(adminPage.getByText("Two-step sign-in reset.")).toBeVisible();
  const { rows } = await database().query<{ n: number }>(`SELECT count(*)::int AS n FROM "AuthEvent" WHERE "kind" = 'TWO_FACTOR_RESET_BY_ADMIN' AND "subjectId" = $1`, [account.id]);
  expect(rows[0]?.n).toBe(1);

  await page.goto("/sign-in");
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/meetings$/u);
});
