"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import type { MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { mergeJobState } from "@/lib/entities/merge-jobs/outcome";
import { entityConflictValues } from "@/lib/entities/edit-entity";
import { addPersonAlias, mergePeople, removePersonAlias, unmergePerson, updatePerson } from "@/lib/people/mutations";

// A person page's forms. Each data function checks the caller's role first; failures come back
// with the analyst's values.

export type PersonFormState = ActionState<Record<string, string>>;

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

/** Saves the person's edit form; a stale version comes back as a conflict with what is saved now. */
export async function updatePersonAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "expectedVersion", "name", "countryCode", "notes", "wikidataId");
  let saved: { version: number; changed: boolean };
  try {
    saved = await updatePerson(values);
  } catch (error) {
    return toActionState(error, values, { current: entityConflictValues });
  }
  revalidatePath(`/people/${values.id}`);
  return { status: "saved", values: { ...values, expectedVersion: String(saved.version) }, message: saved.changed ? "Person saved" : "Nothing changed" };
}

export async function addPersonAliasAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "personId", "alias", "sourceId");
  try {
    await addPersonAlias(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/people/${values.personId}`);
  return { status: "saved", values: { ...values, alias: "" }, message: `Spelling “${values.alias?.trim()}” added` };
}

export async function removePersonAliasAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "aliasId", "personId");
  try {
    await removePersonAlias(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/people/${values.personId}`);
  return { status: "saved", values, message: "Spelling removed" };
}

export async function mergePeopleAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await mergePeople(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/people/${values.intoId}`);
  return mergeJobState(job, values, "Undo it from “Merged into this person”.");
}

export async function unmergePersonAction(_previous: PersonFormState, formData: FormData): Promise<PersonFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await unmergePerson(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/people/${values.intoId}`);
  return mergeJobState(job, values);
}
