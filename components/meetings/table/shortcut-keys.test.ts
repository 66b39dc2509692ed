import { describe, expect, it } from "vitest";
import { isTypingTarget, shortcutFor, type KeyTarget } from "@/components/meetings/table/shortcut-keys";

const body: KeyTarget = { tagName: "BODY", closest: () => null };
const input: KeyTarget = { tagName: "INPUT", closest: () => null };
const link: KeyTarget = { tagName: "A", closest: () => null };
const inDialog: KeyTarget = { tagName: "BUTTON", closest: (selector) => (selector.includes('role="dialog"') ? {} : null) };

describe("shortcutFor", () => {
  it("maps the single keys to the table's shortcuts", () => {
    expect(["/", "j", "k", "Enter", "x", "?"].map((key) => shortcutFor({ key, target: body }, true))).toEqual([
      "search",
      "next",
      "previous",
      "open",
      "select",
      "help",
    ]);
    expect(shortcutFor({ key: "J", target: body }, true)).toBeNull();
    expect(shortcutFor({ key: "a", target: body }, true)).toBeNull();
  });

  it("does nothing when shortcuts are turned off", () => {
    expect(shortcutFor({ key: "j", target: body }, false)).toBeNull();
    expect(shortcutFor({ key: "/", target: body }, false)).toBeNull();
  });

  it("leaves keys alone while typing, in a dialog or menu, or with a modifier", () => {
    expect(shortcutFor({ key: "j", target: input }, true)).toBeNull();
    expect(shortcutFor({ key: "/", target: { tagName: "TEXTAREA" } }, true)).toBeNull();
    expect(shortcutFor({ key: "x", target: { tagName: "DIV", isContentEditable: true } }, true)).toBeNull();
    expect(shortcutFor({ key: "j", target: inDialog }, true)).toBeNull();
    expect(shortcutFor({ key: "k", ctrlKey: true, target: body }, true)).toBeNull();
    expect(shortcutFor({ key: "/", metaKey: true, target: body }, true)).toBeNull();
  });

  it("lets Enter on a link or button do what the browser does", () => {
    expect(shortcutFor({ key: "Enter", target: link }, true)).toBeNull();
    expect(shortcutFor({ key: "j", target: link }, true)).toBe("next");
  });
});

describe("isTypingTarget", () => {
  it("knows form fields from the page", () => {
    expect(isTypingTarget({ tagName: "select" })).toBe(true);
    expect(isTypingTarget(body)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
