"use client";

import { Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useActionToast } from "@/components/meetings/detail/use-action-toast";
import { CommentBody } from "@/components/comments/comment-body";
import { CommentForm, type CommentAction } from "@/components/comments/comment-form";
import { anchorLabel } from "@/lib/comments/anchor-fields";
import type { CommentItem as Comment } from "@/lib/comments/dto";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function DeleteCommentButton({ commentId, action }: { commentId: string; action: CommentAction }) {
  const { formAction, pending } = useActionToast(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="commentId" value={commentId} />
      <Button type="submit" variant="ghost" size="sm" disabled={pending}>
        <Trash2 aria-hidden="true" />
        Delete
      </Button>
    </form>
  );
}

/** One comment: who, when, what about, the text; its author may change it, and delete it (an admin too). */
export function CommentItem({
  comment,
  actions,
}: {
  comment: Comment;
  actions: { edit: CommentAction; remove: CommentAction };
}) {
  const [editing, setEditing] = useState(false);
  const about = anchorLabel(comment.anchor);
  const author = comment.author?.name ?? "A former colleague";
  return (
    <article id={`comment-${comment.id}`} aria-label={`Comment by ${author}`} className="grid gap-1.5 border-l-2 pl-3">
      <p className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-medium">{author}</span>
        <span className="text-muted-foreground">
          <time dateTime={comment.createdAt}>{stamp.format(new Date(comment.createdAt))} UTC</time>
          {comment.editedAt ? " (edited)" : null}
        </span>
      </p>
      {about ? <p className="text-xs font-medium text-muted-foreground">{about}</p> : null}
      {editing ? (
        <CommentForm
          commentId={comment.id}
          initialBody={comment.body}
          initialMentions={comment.mentions.map((m) => m.userId)}
          action={actions.edit}
          onDone={() => setEditing(false)}
        />
      ) : (
        <CommentBody body={comment.body} mentions={comment.mentions} />
      )}
      {!editing && (comment.canEdit || comment.canDelete) ? (
        <div className="flex gap-1">
          {comment.canEdit ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => setEditing(true)}>
              <Pencil aria-hidden="true" />
              Edit
            </Button>
          ) : null}
          {comment.canDelete ? <DeleteCommentButton commentId={comment.id} action={actions.remove} /> : null}
        </div>
      ) : null}
    </article>
  );
}
