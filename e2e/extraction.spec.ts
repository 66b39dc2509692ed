import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Locator, Page } from "@playwright/test";
import type { ThrowAwayAccount } from "@/e2e/support/database";
import { expect, test } from "./fixtures";
import { expectNoAxeViolationsInBothThemes } from "@/e2e/support/axe";

// The Baku wire item the demo data was made from: its people (Liu Jianchao among them) exist.
const ARTICLE = readFileSync(path.resolve(import.meta.dirname, "../prisma/seed/demo-articles/01-baku-gafarova-liu.txt"), "utf8");

// A production build on a shared 2-core machine: extraction, three lookups and a save in one flow.
test.describe.configure({ timeout: 120_000 });

const highlighted = (page: Page): Locator => page.locator("[data-source-highlight] mark");

/** An analyst of the test's own: each analyst has one suggestion run at a time, and these tests run side by side. */
async function signInAsOwnAnalyst(page: Page, signInAs: (who: ThrowAwayAccount, context: BrowserContext) => Promise<string>, createAccount: (role: "analyst", label: string) => Promise<ThrowAwayAccount>, label: string) {
  await signInAs(await createAccount("analyst", label), page.context());
}

test("Pasted wire text becomes a saved, evidenced meeting with Accept all and Save: its people and organisations linked without opening a picker", async ({ anonymousPage: page, signInAs, createAccount }) => {
  await signInAsOwnAnalyst(page, signInAs, createAccount, "baku-accept-all");
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Outlet" }).fill("Trend");
  await page.getByRole("textbox", { name: "Web address" }).fill("https://en.trend.az/azerbaijan/politics/baku-cpc-delegation");
  await page.getByLabel("Published", { exact: true }).fill("2024-04-02");
  await page.getByRole("textbox", { name: "Language" }).fill("en");
  await page.getByRole("textbox", { name: "Full text" }).fill(ARTICLE);

  await page.getByRole("button", { name: "Suggest fields from source 1" }).click();
  const suggestions = page.getByRole("region", { name: /^Suggestions from the text/ });
  // The first run of a fresh server also starts the extraction worker.
  await expect(suggestions).toBeVisible({ timeout: 60_000 });

  // Pointing at a suggestion lights the passage it came from in the source text; leaving puts it out.
  await suggestions.getByRole("listitem").filter({ hasText: "Tahir Budagov" }).hover();
  await expect(highlighted(page)).toHaveText("Deputy Chairman of the New Azerbaijan Party, Tahir Budagov");
  await page.getByRole("heading", { level: 1 }).hover();
  await expect(highlighted(page)).toHaveCount(0);
  // From the keyboard too: focusing a suggestion's button lights its passage.
  await suggestions.getByRole("button", { name: /^Accept Sahiba Gafarova/ }).focus();
  await expect(highlighted(page)).toHaveText("Speaker of the Azerbaijani Parliament, Sahiba Gafarova");
  // The links Accept all will make are said before it is pressed.
  const liu = suggestions.getByRole("listitem").filter({ has: page.getByRole("button", { name: "Accept Liu Jianchao", exact: true }) });
  await expect(liu).toContainText("links to the existing person Liu Jianchao");

  await suggestions.getByRole("button", { name: "Accept all" }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Gafarova meets Liu Jianchao in Baku");
  await expect(page.locator("#field-date")).toHaveValue("2024-04-02");
  await expect(page.getByRole("combobox", { name: "Kind", exact: true })).toHaveValue("MEETING");
  await expect(page.getByRole("textbox", { name: "Place", exact: true })).toHaveValue("Baku");
  // Each person is linked, shown in their row's picker, where the analyst can still change them.
  for (const [n, name] of [[1, "Sahiba Gafarova"], [2, "Liu Jianchao"], [3, "Tahir Budagov"]] as const) {
    const row = page.getByRole("group", { name: `Participant ${n}`, exact: true });
    await expect(row.getByRole("combobox", { name: "Person", exact: true })).toContainText(name);
  }
  // Organisations too, by a spelling ("the CPC's International Relations Department").
  await expect(page.getByRole("group", { name: "Participant 2", exact: true })).toContainText("International Department of the CPC Central Committee");

  await page.getByRole("button", { name: "Save meeting" }).click();
  await expect(page).toHaveURL(/\/meetings\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Gafarova meets Liu Jianchao in Baku");

  const participants = page.getByRole("region", { name: "Participants" });
  const sources = page.getByRole("region", { name: "Sources" });
  const people = [
    { name: "Sahiba Gafarova", title: "Speaker of the Azerbaijani Parliament" },
    { name: "Liu Jianchao", title: "head of the CPC's International Relations Department" },
    { name: "Tahir Budagov", title: "Deputy Chairman of the New Azerbaijan Party" },
  ];
  for (const person of people) {
    await expect(participants.getByRole("link", { name: person.name, exact: true })).toBeVisible();
    await expect(participants).toContainText(person.title);
    // Each participant's evidence is marked in the source and lights up when they are pointed at.
    await participants.getByRole("link", { name: person.name, exact: true }).hover();
    await expect(sources.locator("[data-evidence-label]", { hasText: person.name }).first()).toBeVisible();
  }
  await expect(participants.getByRole("link", { name: "International Department of the CPC Central Committee" })).toBeVisible();
  // Overlapping spans (the speaker's, her parliament's, her country's) are marked in pieces.
  await expect(sources.locator("mark").filter({ hasText: "Sahiba Gafarova" }).first()).toBeVisible();
  await expect(sources.locator("mark").filter({ hasText: "Tahir Budagov" }).first()).toBeVisible();
});

// One extraction serves both scans: the light theme's, then the dark one's.
test("In the light and dark themes, the form with suggestions and a lit passage passes an axe scan", async ({ anonymousPage: page, signInAs, createAccount }) => {
  await signInAsOwnAnalyst(page, signInAs, createAccount, "axe");
  await page.goto("/meetings/new");
  await page.getByRole("textbox", { name: "Full text" }).fill(ARTICLE);
  await page.getByRole("button", { name: "Suggest fields from source 1" }).click();
  const suggestions = page.getByRole("region", { name: /^Suggestions from the text/ });
  await expect(suggestions).toBeVisible({ timeout: 60_000 });
  await suggestions.getByRole("button", { name: /^Accept Sahiba Gafarova/ }).focus();
  await expect(highlighted(page)).toBeVisible();
  await expectNoAxeViolationsInBothThemes(page);
  await expect(highlighted(page)).toBeVisible();
});
