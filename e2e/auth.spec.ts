import { database } from "@/e2e/support/database";
import { expectSignInRefused, submitSignIn } from "@/e2e/support/sign-in-form";
import { expect, SESSION_COOKIE, test } from "@/e2e/fixtures";

// The one spec that signs in through the form; every other spec gets its session from a fixture.

test("Someone signs in with email and password and gets a fresh, locked-down session cookie", async ({ anonymousPage: page, createAccount }) => {
  const account = await createAccount("analyst", "sign-in");
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "username");
  await expect(page.getByLabel("Password")).toHaveAttribute("autocomplete", "current-password");
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/meetings$/);

  const cookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: "Lax" });
  const { rows } = await database().query(`SELECT count(*)::int AS n FROM "session" WHERE "userId" = $1`, [account.id]);
  expect(rows[0].n).toBe(1);
});

test("A wrong password and an unknown email get the same message, announced, with the email kept", async ({ anonymousPage: page, createAccount }) => {
  const account = await createAccount("viewer", "wrong-password");
  await page.goto("/sign-in");
  await submitSignIn(page, account.email, "certainly not the password");
  await expectSignInRefused(page, "Email or password is incorrect.");
  await expect(page.getByLabel("Email")).toHaveValue(account.email);

  await submitSignIn(page, "nobody-here@e2e.parley.test", "certainly not the password");
  await expectSignInRefused(page, "Email or password is incorrect.");
});

test("A deactivated account cannot sign in", async ({ anonymousPage: page }) => {
  await page.goto("/sign-in");
  await submitSignIn(page, "deactivated@e2e.parley.test", "e2e deactivated passphrase 1187");
  await expectSignInRefused(page, /deactivated/);
});

test("Signing out ends the session, and the old cookie is rejected afterwards", async ({ page, browser, baseURL }) => {
  await page.goto("/account");
  const oldCookie = (await page.context().cookies()).find((c) => c.name === SESSION_COOKIE);
  expect(oldCookie).toBeDefined();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in$/);

  const replay = await browser.newContext();
  await replay.addCookies([{ ...oldCookie!, domain: new URL(baseURL!).hostname }]);
  const replayPage = await replay.newPage();
  await replayPage.goto("/meetings");
  await expect(replayPage).toHaveURL(/\/sign-in/);
  await replay.close();
});

test("Signing out of all sessions ends the sessions on other devices too", async ({ page, browser, signInAs, createAccount }) => {
  test.slow(); // Two browsers, two sessions, a server action and two reloads.
  const account = await createAccount("analyst", "everywhere");
  await signInAs(account);
  const other = await browser.newContext();
  await signInAs(account, other);
  const otherPage = await other.newPage();
  await otherPage.goto("/meetings");
  await expect(otherPage).toHaveURL(/\/meetings$/);

  await page.goto("/account");
  await page.getByRole("button", { name: "Sign out of all sessions" }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await otherPage.reload();
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();
});

test("A permalink opened while signed out leads to sign-in and back to exactly that URL", async ({ anonymousPage: page, createAccount }) => {
  const account = await createAccount("viewer", "permalink");
  const permalink = "/meetings?q=Gafarova&sort=date";
  await page.goto(permalink);
  await expect(page).toHaveURL(`/sign-in?next=${encodeURIComponent(permalink)}`);
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(permalink);
});

test("Sign-in with a next address that leaves Parley (absolute, protocol-relative, backslashed, javascript:) stays on Parley", async ({ anonymousPage: page, createAccount, baseURL }) => {
  test.slow(); // Five sign-ins through the form, each a password check.
  const account = await createAccount("viewer", "redirect");
  for (const target of ["https://evil.example/", "//evil.example/", "/\\evil.example/", "/%5Cevil.example", "javascript:alert(1)"]) {
    await page.context().clearCookies();
    await page.goto(`/sign-in?next=${encodeURIComponent(target)}`);
    await submitSignIn(page, account.email, account.password);
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-in"));
    expect(new URL(page.url()).origin, target).toBe(new URL(baseURL!).origin);
  }
});

test("A signed-in analyst sent to /sign-in with a next address that normalises off Parley stays on Parley", async ({ page, baseURL }) => {
  // The page redirects a signed-in caller straight to `next`: the target must be checked after
  // normalising. A server redirect, so the browser's request context follows it without rendering.
  for (const target of ["/.//evil.example", "/%2e//evil.example", "/a/..//evil.example"]) {
    const response = await page.request.get(`/sign-in?next=${encodeURIComponent(target)}`);
    expect(response.status(), target).toBe(200);
    const landed = new URL(response.url());
    expect(landed.origin, target).toBe(new URL(baseURL!).origin);
    expect(landed.pathname, target).toBe("/meetings");
  }
});

test("After repeated failed sign-ins the browser is told how long to wait, a forged address changes nothing, and the wait passes", async ({ anonymousPage: page, createAccount }) => {
  test.slow(); // Seven sign-ins, each a server action and a re-render.
  const account = await createAccount("analyst", "throttle");
  await page.goto("/sign-in");
  for (let attempt = 1; attempt <= 4; attempt += 1) {
    await submitSignIn(page, account.email, `wrong password number ${attempt}`);
    await expectSignInRefused(page, "Email or password is incorrect.");
  }
  // Four more failures just now (written directly rather than typed): the next attempt waits 32 s.
  await database().query(
    `INSERT INTO "SignInAttempt" ("id", "accountKey", "address", "createdAt") SELECT gen_random_uuid(), $1, 'direct', now() FROM generate_series(1, 4)`,
    [account.email],
  );
  await submitSignIn(page, account.email, account.password);
  await expectSignInRefused(page, /Too many failed sign-ins\. Wait \d+ seconds, then try again\./);

  // A different (forged) X-Forwarded-For resets nothing.
  await submitSignIn(page, account.email, account.password);
  await expectSignInRefused(page, /Too many failed sign-ins/);

  // A minute later (moved back in the database rather than waited for), the password works.
  await database().query(`UPDATE "SignInAttempt" SET "createdAt" = "createdAt" - interval '1 minute' WHERE "accountKey" = $1`, [account.email]);
  await submitSignIn(page, account.email, account.password);
  await expect(page).toHaveURL(/\/meetings$/);

  const { rows } = await database().query(`SELECT count(*)::int AS n FROM "AuthEvent" WHERE "subjectId" = $1 AND "kind" = 'SIGN_IN_THROTTLED'`, [account.id]);
  expect(rows[0].n).toBe(2);
});

test("An admin's deactivation takes effect on the user's very next request", async ({ anonymousPage: page, adminPage, signInAs, createAccount }) => {
  test.slow(); // Two people, two browsers, a server action and a reload.
  const account = await createAccount("analyst", "deactivate");
  await signInAs(account, page.context());
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();

  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: account.email });
  await row.getByRole("button", { name: `Deactivate ${account.name}` }).click();
  await expect(row.getByText("Deactivated", { exact: true })).toBeVisible();

  await page.reload();
  await expect(page).toHaveURL(/\/sign-in/);
});

test("A role change takes effect on the user's very next request", async ({ anonymousPage: page, adminPage, signInAs, createAccount }) => {
  test.slow(); // Two people, a confirm dialog cancelled and accepted, four page loads.
  const account = await createAccount("admin", "downgrade");
  await signInAs(account, page.context());
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  await adminPage.goto("/admin/users");
  const row = adminPage.getByRole("row").filter({ hasText: account.email });
  const role = row.getByRole("combobox", { name: `Role of ${account.name}` });
  // A role change asks first; cancelling changes nothing.
  await role.selectOption("viewer");
  const confirm = adminPage.getByRole("dialog", { name: `Change the role of ${account.name}?` });
  await expect(confirm).toContainText("From Admin to Viewer");
  await confirm.getByRole("button", { name: "Cancel" }).click();
  await expect(confirm).toBeHidden();
  await expect(role).toHaveValue("admin");
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  await role.selectOption("viewer");
  await confirm.getByRole("button", { name: "Change role" }).click();
  await expect(adminPage.getByText("Role changed.")).toBeVisible();

  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(404);
});

test("An admin creates a user whose temporary password must be replaced at first sign-in", async ({ adminPage, anonymousPage: page }) => {
  test.slow(); // Two people, three password hashes and five page loads.
  const email = `created-${Date.now()}@e2e.parley.test`;
  await adminPage.goto("/admin/users");
  await adminPage.getByLabel("Name", { exact: true }).fill("Carla Created");
  await adminPage.getByLabel("Email", { exact: true }).fill(email);
  await adminPage.getByLabel("Role", { exact: true }).selectOption("analyst");
  await adminPage.getByRole("button", { name: "Create user" }).click();
  const temporary = await adminPage.getByTestId("temporary-password").textContent();
  expect(temporary).toMatch(/^\w{20}$/);

  await page.goto("/sign-in");
  await submitSignIn(page, email, temporary!);
  await expect(page).toHaveURL(/\/account\/password$/);
  await page.getByLabel("Current password", { exact: true }).fill(temporary!);
  await page.getByLabel("New password", { exact: true }).fill("carla's own long passphrase");
  await page.getByLabel("Repeat new password", { exact: true }).fill("carla's own long passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Password changed");
  await page.goto("/meetings");
  await expect(page.getByRole("heading", { level: 1, name: "Meetings" })).toBeVisible();
  await database().query(`DELETE FROM "user" WHERE "email" = $1`, [email]);
});
