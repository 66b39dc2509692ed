"use client";

import { useRouter } from "next/navigation";
import { useEffect, useEffectEvent, useState } from "react";
import { shortcutFor } from "@/components/meetings/table/shortcut-keys";

/** Marks the search box `/` focuses, and each body row with its meeting id. */
export const SEARCH_BOX_ATTRIBUTE = "data-table-search";
export const ROW_ID_ATTRIBUTE = "data-row-id";
/** Marks the row's link to its meeting: the cursor moves focus there, so it is announced. */
export const ROW_LINK_ATTRIBUTE = "data-row-link";
const KEYS_READY_ATTRIBUTE = "data-table-keys";

function rowLink(id: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${ROW_ID_ATTRIBUTE}="${CSS.escape(id)}"] [${ROW_LINK_ATTRIBUTE}]`);
}

/**
 * The table's keyboard: `/` search, `j`/`k` move a row cursor, Enter opens, `x` selects (when
 * the caller can select), `?` asks for help. The cursor is the row whose meeting link has focus,
 * so screen readers announce the meeting's title and its place in the table as it moves.
 */
export function useTableShortcuts({
  rowIds,
  enabled,
  onSelect,
  onHelp,
}: {
  rowIds: string[];
  enabled: boolean;
  /** Toggles a row's selection; absent for roles that cannot select. */
  onSelect?: (id: string) => void;
  onHelp: () => void;
}): { cursor: string | null } {
  const router = useRouter();
  const [cursorId, setCursorId] = useState<string | null>(null);
  // A new page of rows keeps the cursor only if its row is still shown.
  const cursor = cursorId && rowIds.includes(cursorId) ? cursorId : null;

  const moveTo = (id: string | undefined) => {
    if (!id) return;
    setCursorId(id);
    const link = rowLink(id);
    link?.focus();
    link?.scrollIntoView({ block: "nearest" });
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    // Escape leaves the search box (instead of clearing it), so j/k work again at once.
    if (event.key === "Escape" && target?.hasAttribute(SEARCH_BOX_ATTRIBUTE)) {
      event.preventDefault();
      (target as HTMLElement).blur();
      return;
    }
    const shortcut = shortcutFor(
      { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, target: target as HTMLElement | null },
      enabled,
    );
    if (!shortcut) return;
    const index = cursor ? rowIds.indexOf(cursor) : -1;
    switch (shortcut) {
      case "search":
        event.preventDefault();
        document.querySelector<HTMLInputElement>(`[${SEARCH_BOX_ATTRIBUTE}]`)?.focus();
        return;
      case "next":
        event.preventDefault();
        moveTo(rowIds[Math.min(index + 1, rowIds.length - 1)]);
        return;
      case "previous":
        event.preventDefault();
        moveTo(rowIds[Math.max(index - 1, 0)]);
        return;
      case "open":
        if (!cursor) return;
        event.preventDefault();
        router.push(`/meetings/${cursor}`);
        return;
      case "select":
        if (!cursor || !onSelect) return;
        event.preventDefault();
        onSelect(cursor);
        return;
      case "help":
        event.preventDefault();
        onHelp();
    }
  });

  useEffect(() => {
    document.addEventListener("keydown", onKeyDown);
    // Says the keys are live (the page has hydrated): end-to-end tests wait for it before typing.
    document.documentElement.setAttribute(KEYS_READY_ATTRIBUTE, "");
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.documentElement.removeAttribute(KEYS_READY_ATTRIBUTE);
    };
  }, []);

  return { cursor };
}
