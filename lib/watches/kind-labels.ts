import type { WatchKind } from "@/lib/generated/prisma/enums";

// Free of zod and server code: the watch button and the inbox ship it to the browser.

/** What each kind of watched thing is called in a sentence. */
export const WATCH_KIND_LABELS: Record<WatchKind, string> = {
  PERSON: "person",
  ORGANIZATION: "organisation",
  COUNTRY: "country",
  PAIR: "pair",
  TOPIC: "topic",
  TAG: "tag",
  SAVED_VIEW: "saved view",
};
