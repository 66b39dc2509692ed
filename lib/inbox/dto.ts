import type { InboxReason, RevisionAction } from "@/lib/generated/prisma/enums";

/** One line of the inbox. */
export interface InboxEntry {
  id: string;
  reason: InboxReason;
  meeting: { id: string; title: string };
  action: RevisionAction | null;
  actor: string | null;
  /** For a watch: what matched ("Azerbaijan and China", "#energy"). */
  watchLabels: string[];
  /** For a return: the reason given. For a mention: the comment's opening words. */
  note: string | null;
  at: string;
  read: boolean;
}

export interface InboxPage {
  entries: InboxEntry[];
  unread: number;
  /** Set when older entries exist: the `before` of the next page. */
  nextBefore: string | null;
}
