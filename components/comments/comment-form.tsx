"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, fieldControlProps } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { useActionToast, type FormAction } from "@/components/meetings/detail/use-action-toast";
import type { LookupOption } from "@/components/pickers/lookup-combobox";
import { MentionPicker } from "@/components/comments/mention-picker";
import type { AnchorOptionGroup } from "@/components/comments/anchor-options";
import { COMMENT_MAX } from "@/lib/comments/limits";

export type CommentAction = FormAction<Record<string, string>>;

/**
 * Writes a comment, or changes one (`commentId`). The text, anchor and mentions are the form's own
 * state, so a refused save leaves them as typed, with each message beside its field.
 */
export function CommentForm({
  meetingId,
  commentId,
  initialBody = "",
  initialMentions = [],
  anchors,
  action,
  onDone,
}: {
  meetingId?: string;
  commentId?: string;
  initialBody?: string;
  initialMentions?: string[];
  /** Offered when writing a new comment; an edit keeps the anchor it had. */
  anchors?: AnchorOptionGroup[];
  action: CommentAction;
  onDone?: () => void;
}) {
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [anchor, setAnchor] = useState("");
  const [mentions, setMentions] = useState<string[]>(initialMentions);
  const { state, formAction, pending } = useActionToast(action, {}, () => {
    if (!commentId) {
      setBody("");
      setAnchor("");
      setMentions([]);
    }
    onDone?.();
  });
  const errors = state.status === "invalid" ? state.fieldErrors : {};
  const bodyError = errors.body?.[0] ?? errors.mentions?.[0] ?? errors._form?.[0];
  const anchorError = errors.anchor?.[0];
  const pick = (option: LookupOption) => {
    setMentions((ids) => (ids.includes(option.id) ? ids : [...ids, option.id]));
    setBody((text) => `${text}${text && !/\s$/.test(text) ? " " : ""}@${option.label} `);
    document.getElementById(`${id}-body`)?.focus();
  };

  return (
    <form action={formAction} className="grid gap-3" aria-label={commentId ? "Change comment" : "Add a comment"}>
      {meetingId ? <input type="hidden" name="meetingId" value={meetingId} /> : null}
      {commentId ? <input type="hidden" name="commentId" value={commentId} /> : null}
      <input type="hidden" name="mentions" value={mentions.join(",")} />
      {anchors ? (
        <Field id={`${id}-anchor`} label="About" error={anchorError}>
          <select
            name="anchor"
            value={anchor}
            onChange={(event) => setAnchor(event.target.value)}
            className="h-9 rounded-md border border-input bg-surface px-2 text-sm"
            {...fieldControlProps(`${id}-anchor`, { error: anchorError })}
          >
            <option value="">The whole meeting</option>
            {anchors.map((group) => (
              <optgroup key={group.label} label={group.label}>
                {group.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
      ) : null}
      <Field id={`${id}-body`} label={commentId ? "Comment" : "New comment"} required error={bodyError} hint="Plain text; web addresses become links. Mention a colleague to tell them.">
        <Textarea
          name="body"
          rows={3}
          maxLength={COMMENT_MAX}
          value={body}
          onChange={(event) => setBody(event.target.value)}
          {...fieldControlProps(`${id}-body`, { error: bodyError, hint: true, required: true })}
        />
      </Field>
      <div className="flex flex-wrap items-center gap-2">
        <MentionPicker id={`${id}-mention`} onPick={pick} />
        <Button type="submit" disabled={pending} className="ml-auto">
          {commentId ? "Save comment" : "Add comment"}
        </Button>
        {commentId && onDone ? (
          <Button type="button" variant="outline" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
