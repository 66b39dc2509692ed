import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import { sessionCookieName } from "@/lib/auth/cookie-config";
import { createAccount, createSession, deleteAccounts, deleteSessions, userIdByEmail, type ThrowAwayAccount } from "@/e2e/support/database";
import { TEST_USERS, type TestUserKey } from "@/e2e/support/test-users";

/**
 * Fails the test at its end if the page threw an error nobody caught (a broken client component,
 * a failed hydration): such a test can pass on what it checks while the page is broken. Console
 * errors are not counted: the browser logs every 404 resource and refused request there.
 */
async function withoutPageErrors(page: Page, provide: (page: Page) => Promise<void>): Promise<void> {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`${error.name}: ${error.message}`));
  await provide(page);
  expect(errors, "uncaught errors in the page").toEqual([]);
}

// End-to-end tests run against a production build, whose cookies are Secure and __Secure-prefixed.
export const SESSION_COOKIE = sessionCookieName(true);

interface Fixtures {
  /** Signs the given browser context in as a test user by creating a real session (not through the UI). */
  signInAs: (who: TestUserKey | ThrowAwayAccount, context?: BrowserContext) => Promise<string>;
  /** A unique account for tests that change or lock it; removed after the test. */
  createAccount: (role: "admin" | "analyst" | "viewer", label?: string) => Promise<ThrowAwayAccount>;
  viewerPage: Page;
  adminPage: Page;
  /** A page with no session at all. */
  anonymousPage: Page;
}

export const test = base.extend<Fixtures>({
  signInAs: async ({ context, baseURL }, provide) => {
    const tokens: string[] = [];
    await provide(async (who, target = context) => {
      const userId = typeof who === "string" ? await userIdByEmail(TEST_USERS[who].email) : who.id;
      const { token, cookieValue } = await createSession(userId);
      tokens.push(token);
      await target.addCookies([
        { name: SESSION_COOKIE, value: cookieValue, domain: new URL(baseURL!).hostname, path: "/", httpOnly: true, secure: true, sameSite: "Lax" },
      ]);
      return cookieValue;
    });
    await deleteSessions(tokens);
  },

  createAccount: async ({}, provide) => {
    const ids: string[] = [];
    await provide(async (role, label = role) => {
      const account = await createAccount(role, label);
      ids.push(account.id);
      return account;
    });
    await deleteAccounts(ids);
  },

  // Every test's `page` is an analyst's unless it asks for another.
  page: async ({ page, signInAs }, provide) => {
    await signInAs("analyst");
    await withoutPageErrors(page, provide);
  },

  viewerPage: async ({ browser, signInAs }, provide) => {
    const context = await browser.newContext();
    await signInAs("viewer", context);
    try {
      await withoutPageErrors(await context.newPage(), provide);
    } finally {
      await context.close();
    }
  },

  adminPage: async ({ browser, signInAs }, provide) => {
    const context = await browser.newContext();
    await signInAs("admin", context);
    try {
      await withoutPageErrors(await context.newPage(), provide);
    } finally {
      await context.close();
    }
  },

  anonymousPage: async ({ browser }, provide) => {
    const context = await browser.newContext();
    try {
      await withoutPageErrors(await context.newPage(), provide);
    } finally {
      await context.close();
    }
  },
});

export { expect };
