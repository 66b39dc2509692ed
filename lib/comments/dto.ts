import type { CommentAnchor } from "@/lib/comments/anchor";

/** One comment as the meeting page shows it. */
export interface CommentItem {
  id: string;
  body: string;
  anchor: CommentAnchor | null;
  author: { id: string; name: string } | null;
  createdAt: string;
  editedAt: string | null;
  /** Users the comment names, for its @mentions. */
  mentions: { userId: string; name: string }[];
  /** Whether the caller may change it (its author) and delete it (its author, or an admin). */
  canEdit: boolean;
  canDelete: boolean;
}

/** A meeting's comments, oldest first (a conversation), and whether the caller may add one. */
export interface MeetingComments {
  meetingId: string;
  items: CommentItem[];
  canComment: boolean;
  /** Comments past this many are not shown: the page says so. */
  truncated: boolean;
}
