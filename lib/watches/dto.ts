import type { WatchKind } from "@/lib/generated/prisma/enums";

/** The watch button's state for one thing. */
export interface WatchState {
  kind: WatchKind;
  key: string;
  label: string;
  watching: boolean;
}

/** One of the caller's watches, as the inbox lists them. */
export interface WatchItem {
  id: string;
  kind: WatchKind;
  key: string;
  label: string;
  href: string;
}
