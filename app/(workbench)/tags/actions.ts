"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import type { MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { mergeJobState } from "@/lib/entities/merge-jobs/outcome";
import { mergeTags, unmergeTag } from "@/lib/tags/merge";
import { deleteTag, describeTag, renameTag } from "@/lib/tags/mutations";

// The tags list's forms. Each data function checks the caller's role first; failures come back
// with the analyst's values and messages beside the fields.

export type TagFormState = ActionState<Record<string, string>>;

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

export async function renameTagAction(_previous: TagFormState, formData: FormData): Promise<TagFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "name");
  try {
    await renameTag(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/tags");
  return { status: "saved", values, message: `Tag renamed to “${values.name?.trim()}”` };
}

export async function describeTagAction(_previous: TagFormState, formData: FormData): Promise<TagFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "description");
  try {
    await describeTag(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/tags");
  return { status: "saved", values, message: "Description saved" };
}

export async function mergeTagsAction(_previous: TagFormState, formData: FormData): Promise<TagFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await mergeTags(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/tags");
  return mergeJobState(job, values, "Undo it from the kept tag's page, or here.");
}

/** Undoes a tag's latest merge; unmergeTag checks the caller's role. */
export async function unmergeTagAction(_previous: TagFormState, formData: FormData): Promise<TagFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await unmergeTag(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/tags");
  if (values.intoId) revalidatePath(`/tags/${values.intoId}`);
  return mergeJobState(job, values);
}

/** Deletes an unused tag; deleteTag checks the caller's role and refuses a tag in use, saying why. */
export async function deleteTagAction(_previous: TagFormState, formData: FormData): Promise<TagFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id");
  let deleted: { name: string };
  try {
    deleted = await deleteTag(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/tags");
  return { status: "saved", values, message: `Tag “${deleted.name}” deleted` };
}
