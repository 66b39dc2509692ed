import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { anchorOptions, type AnchorSource } from "@/components/comments/anchor-options";
import { CommentForm, type CommentAction } from "@/components/comments/comment-form";
import { CommentItem } from "@/components/comments/comment-item";
import type { MeetingComments } from "@/lib/comments/dto";

export interface CommentActions {
  add: CommentAction;
  edit: CommentAction;
  remove: CommentAction;
}

/** The meeting's discussion beside its record: every comment, oldest first, and a form for a new one. */
export function CommentsPanel({ comments, view, actions }: { comments: MeetingComments; view: AnchorSource; actions: CommentActions }) {
  const { items } = comments;
  return (
    <Card aria-labelledby="comments-heading" id="comments" className="print:hidden">
      <CardHeader>
        <CardTitle id="comments-heading">Comments{items.length > 0 ? ` (${items.length})` : ""}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        {comments.truncated ? <p className="text-sm text-muted-foreground">Only the latest {items.length} comments are shown.</p> : null}
        {items.length > 0 ? (
          <ol className="grid gap-3">
            {items.map((comment) => (
              <li key={comment.id}>
                <CommentItem comment={comment} actions={{ edit: actions.edit, remove: actions.remove }} />
              </li>
            ))}
          </ol>
        ) : (
          <p className="text-sm text-muted-foreground">No comments yet.</p>
        )}
        {comments.canComment ? (
          <CommentForm meetingId={comments.meetingId} anchors={anchorOptions(view)} action={actions.add} />
        ) : null}
      </CardContent>
    </Card>
  );
}
