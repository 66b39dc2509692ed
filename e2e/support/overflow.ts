import type { Page } from "@playwright/test";

/**
 * What sticks out past the viewport's right edge, outside any box that scrolls on its own (a
 * wide table's container): the innermost such elements with their width, so a failing width
 * check names its cause instead of a number.
 */
export async function overflowingElements(page: Page, limit = 6): Promise<string[]> {
  return page.evaluate((limit) => {
    const width = document.documentElement.clientWidth;
    const scrollsItself = (element: Element) => {
      for (let node = element.parentElement; node && node !== document.body; node = node.parentElement) {
        if (getComputedStyle(node).overflowX !== "visible") return true;
      }
      return false;
    };
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width + 0.5 && !scrollsItself(element);
    return [...document.body.querySelectorAll("*")]
      .filter((element) => sticksOut(element) && ![...element.children].some(sticksOut))
      .map((element) => `${element.tagName.toLowerCase()} ${Math.round(element.getBoundingClientRect().width)}px "${(element.textContent ?? "").slice(0, 30)}"`)
      .slice(0, limit);
  }, limit);
}
