// Which table shortcut a key press asks for. Single keys only act when the analyst is not typing
// and has not turned them off (WCAG 2.1.4); modified presses (Ctrl/Cmd/Alt) always belong to the
// browser. Pure, so the rules are unit-tested without a DOM.

export type TableShortcut = "search" | "next" | "previous" | "open" | "select" | "help";

export const TABLE_SHORTCUTS: readonly { keys: string; shortcut: TableShortcut; description: string }[] = [
  { keys: "/", shortcut: "search", description: "Focus the search box" },
  { keys: "j", shortcut: "next", description: "Next meeting" },
  { keys: "k", shortcut: "previous", description: "Previous meeting" },
  { keys: "Enter", shortcut: "open", description: "Open the meeting under the cursor" },
  { keys: "x", shortcut: "select", description: "Select or deselect the meeting under the cursor" },
  { keys: "?", shortcut: "help", description: "Show these shortcuts" },
];

const BY_KEY: Record<string, TableShortcut> = { "/": "search", j: "next", k: "previous", Enter: "open", x: "select", "?": "help" };

/** The part of an element the rules read; a DOM Element satisfies it. */
export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  target: KeyTarget | null;
}

// Where keys are text or a widget's own navigation: dialogs, menus and listboxes keep theirs.
const OWN_KEYS = '[role="dialog"],[role="alertdialog"],[role="menu"],[role="listbox"],[role="combobox"],[contenteditable="true"]';

/** True when a key press at this element is typing or belongs to an open dialog or menu. */
export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  const tag = target.tagName?.toUpperCase();
  if (tag === "INPUT" || tag === "TEXTAREA" || tag === "SELECT") return true;
  if (target.isContentEditable) return true;
  return Boolean(target.closest?.(OWN_KEYS));
}

/** True for elements Enter already activates (links, buttons, checkboxes): the browser opens them. */
export function isActivatable(target: KeyTarget | null): boolean {
  const tag = target?.tagName?.toUpperCase();
  return tag === "A" || tag === "BUTTON" || Boolean(target?.closest?.('[role="button"],[role="checkbox"],[role="link"]'));
}

/** The shortcut a key press asks for, or null when it must be left alone. */
export function shortcutFor(press: KeyPress, enabled: boolean): TableShortcut | null {
  if (!enabled || press.ctrlKey || press.metaKey || press.altKey) return null;
  const shortcut = BY_KEY[press.key];
  if (!shortcut || isTypingTarget(press.target)) return null;
  if (shortcut === "open" && isActivatable(press.target)) return null;
  return shortcut;
}
