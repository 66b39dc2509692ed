"use server";

import { revalidatePath } from "next/cache";
import { addComment, deleteComment, editComment } from "@/lib/comments/mutations";
import { toActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import type { CommentActionState } from "@/lib/comments/action-state";

// The meeting page's comment forms. Each lib function checks the caller's role and ownership; a
// refused or invalid comment comes back with the typing intact.

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

/** Adds a comment (and tells whoever it mentions). */
export async function addCommentAction(_previous: CommentActionState, formData: FormData): Promise<CommentActionState> {
  const values = read(formDataOf(formData), "meetingId", "body", "anchor", "mentions");
  try {
    await addComment(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${values.meetingId ?? ""}`);
  // The form empties for the next comment.
  return { status: "saved", values: { meetingId: values.meetingId ?? "", body: "", anchor: "", mentions: "" }, message: "Comment added." };
}

/** Changes one's own comment. */
export async function editCommentAction(_previous: CommentActionState, formData: FormData): Promise<CommentActionState> {
  const values = read(formDataOf(formData), "commentId", "body", "mentions");
  try {
    const { meetingId } = await editComment(values);
    revalidatePath(`/meetings/${meetingId}`);
  } catch (error) {
    return toActionState(error, values);
  }
  return { status: "saved", values, message: "Comment changed." };
}

/** Deletes one's own comment (an admin: any). */
export async function deleteCommentAction(_previous: CommentActionState, formData: FormData): Promise<CommentActionState> {
  const values = read(formDataOf(formData), "commentId");
  try {
    const { meetingId } = await deleteComment(values.commentId);
    revalidatePath(`/meetings/${meetingId}`);
  } catch (error) {
    return toActionState(error, values);
  }
  return { status: "saved", values, message: "Comment deleted." };
}
