import type { Page } from "@playwright/test";
import { createTestMeeting, createTestOrganization } from "@/lib/testing/factories";
import { expect, test } from "./fixtures";
import { overflowingElements } from "@/e2e/support/overflow";
import { withTestDatabase } from "@/e2e/support/test-meetings";

/** The widths every page must fit without the page itself scrolling sideways. */
const WIDTHS = [375, 1440, 1920] as const;

interface Rows {
  meetingId: string;
  personId: string;
  organizationId: string;
  topicId: string;
  tagId: string;
}

/**
 * This spec's own meeting (long names, an organisation, a topic, a tag) and a deleted one for the
 * trash, written through the one write path: the pages show rows the spec made, not demo rows.
 */
async function createRows(): Promise<Rows> {
  return withTestDatabase(async (db) => {
    const suffix = crypto.randomUUID().slice(0, 8);
    const organization = await createTestOrganization(db, {
      name: `Ministry of Foreign Affairs and International Economic Cooperation ${suffix}`,
      countryCode: "AZ",
    });
    const tag = `widths-${suffix}`;
    const meeting = await createTestMeeting(db, {
      title: `Foreign ministers of Azerbaijan and China discuss transport corridors and energy cooperation ${suffix}`,
      date: new Date("2019-09-03"),
      countries: [
        { code: "AZ", side: "HOST" },
        { code: "CN", side: "GUEST" },
      ],
      participants: [
        { name: `Jeyhun Bayramov ${suffix}`, countryCode: "AZ", side: "HOST", isDelegationLead: true, organizationId: organization.id, title: "Minister of Foreign Affairs of the Republic of Azerbaijan" },
        { name: `Wang Yi ${suffix}`, countryCode: "CN", side: "GUEST", isDelegationLead: true, title: "Director of the Office of the Central Foreign Affairs Commission" },
      ],
      topics: ["politics-and-diplomacy", "energy"],
      tags: [tag],
    });
    await createTestMeeting(db, { title: `Deleted meeting kept in the trash ${suffix}`, date: new Date("2019-09-04"), deletedAt: new Date() });
    const topic = await db.topic.findUniqueOrThrow({ where: { slug: "energy" }, select: { id: true } });
    const tagRow = await db.tag.findFirstOrThrow({ where: { name: tag }, select: { id: true } });
    return { meetingId: meeting.id, personId: meeting.personIds[0]!, organizationId: organization.id, topicId: topic.id, tagId: tagRow.id };
  });
}

/** Every page an analyst or admin opens, with what shows when it has rendered. */
function pages(rows: Rows): { name: string; path: string; ready?: (page: Page) => ReturnType<Page["getByRole"]> }[] {
  return [
    { name: "the meetings table", path: "/meetings", ready: (page) => page.getByRole("complementary", { name: "Refine by" }) },
    { name: "a meeting", path: `/meetings/${rows.meetingId}` },
    { name: "the new meeting form", path: "/meetings/new" },
    { name: "the edit form", path: `/meetings/${rows.meetingId}/edit` },
    { name: "a person", path: `/people/${rows.personId}` },
    { name: "an organisation", path: `/organizations/${rows.organizationId}` },
    { name: "a country", path: "/countries/AZ" },
    { name: "a pair of countries", path: "/countries/AZ/CN" },
    { name: "a topic", path: `/topics/${rows.topicId}` },
    { name: "a tag", path: `/tags/${rows.tagId}` },
    { name: "the tags", path: "/tags" },
    { name: "the drafts", path: "/meetings/drafts" },
    { name: "the trash", path: "/meetings/trash" },
    { name: "the account", path: "/account" },
    { name: "the users", path: "/admin/users" },
    { name: "the sign-in log", path: "/admin/audit" },
  ];
}

/**
 * How far the page scrolls sideways at each width, and what sticks out where it does. One load
 * per page at the narrowest width, then the window is widened: the layout is CSS, so each width
 * applies as on a fresh load, and growing never leaves a chart wider than its new box (a chart
 * follows its box a moment later, so a page gets that moment before it counts as too wide).
 */
async function sidewaysScroll(page: Page, name: string): Promise<string[]> {
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const fits = () => document.documentElement.scrollWidth <= window.innerWidth;
    if (await page.waitForFunction(fits, null, { timeout: 3_000 }).then(() => true, () => false)) continue;
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    problems.push(`${name} is ${scrollWidth} px wide at ${width} px: ${(await overflowingElements(page)).join("; ")}`);
  }
  return problems;
}

async function openAtNarrowest(page: Page, path: string) {
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
  await page.goto(path);
}

test("Every page fits 375, 1440 and 1920 px without the page scrolling sideways", async ({ adminPage, anonymousPage }) => {
  // Seventeen pages, each measured at three widths, on one signed-in page: 50-90 s on a 2-core
  // machine that other test runs share.
  test.setTimeout(150_000);
  const rows = await createRows();
  const problems: string[] = [];
  for (const { name, path, ready } of pages(rows)) {
    await openAtNarrowest(adminPage, path);
    await expect(ready ? ready(adminPage) : adminPage.getByRole("heading", { level: 1 }).first()).toBeVisible();
    problems.push(...(await sidewaysScroll(adminPage, `${name} (${path})`)));
  }
  await openAtNarrowest(anonymousPage, "/sign-in");
  await expect(anonymousPage.getByRole("heading", { level: 1 })).toBeVisible();
  problems.push(...(await sidewaysScroll(anonymousPage, "the sign-in page")));
  expect(problems).toEqual([]);
});
