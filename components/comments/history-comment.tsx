import type { CommentItem } from "@/lib/comments/dto";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const EXCERPT = 120;

/** A comment as a line of the meeting's history, in time order with its revisions. */
export function HistoryComment({ comment }: { comment: CommentItem }) {
  const excerpt = comment.body.length > EXCERPT ? `${comment.body.slice(0, EXCERPT - 1)}…` : comment.body;
  return (
    <li className="grid gap-0.5 border-l-2 border-dashed pl-3">
      <span className="flex flex-wrap items-baseline gap-x-2">
        <a href={`#comment-${comment.id}`} className="font-medium underline-offset-2 hover:underline">
          Comment
        </a>
        <span className="text-muted-foreground">
          by {comment.author?.name ?? "a former colleague"}, <time dateTime={comment.createdAt}>{stamp.format(new Date(comment.createdAt))} UTC</time>
        </span>
      </span>
      <span className="break-words">{excerpt}</span>
    </li>
  );
}

/** Revisions and comments in one list, newest first (both lists come newest-first or oldest-first; the dates decide). */
export function withComments<R extends { createdAt: string }>(revisions: R[], comments: CommentItem[] = []): (R | { comment: CommentItem; createdAt: string })[] {
  const merged: (R | { comment: CommentItem; createdAt: string })[] = [...revisions, ...comments.map((comment) => ({ comment, createdAt: comment.createdAt }))];
  return merged.sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0));
}
