"use server";

import { formDataOf } from "@/lib/forms/form-input";
import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import type { MergeJobProgress } from "@/lib/entities/merge-jobs/jobs";
import { mergeJobState } from "@/lib/entities/merge-jobs/outcome";
import { addAlias, removeAlias } from "@/lib/entities/aliases";
import { entityConflictValues } from "@/lib/entities/edit-entity";
import { mergeOrganizations, unmergeOrganization, updateOrganization } from "@/lib/organizations/mutations";

export type OrganizationFormState = ActionState<Record<string, string>>;

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? "")])) as Record<string, string>;

/** Saves the organisation's edit form; a stale version comes back as a conflict with what is saved now. */
export async function updateOrganizationAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "expectedVersion", "name", "acronym", "countryCode", "notes", "wikidataId");
  let saved: { version: number; changed: boolean };
  try {
    saved = await updateOrganization(values);
  } catch (error) {
    return toActionState(error, values, { current: entityConflictValues });
  }
  revalidatePath(`/organizations/${values.id}`);
  return { status: "saved", values: { ...values, expectedVersion: String(saved.version) }, message: saved.changed ? "Organisation saved" : "Nothing changed" };
}

/** Merges a duplicate into this organisation; mergeOrganizations checks the caller's role. */
export async function mergeOrganizationsAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await mergeOrganizations(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/organizations/${values.intoId}`);
  return mergeJobState(job, values, "Undo it from “Merged into this organisation”.");
}

export async function unmergeOrganizationAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "intoId");
  let job: MergeJobProgress;
  try {
    job = await unmergeOrganization(values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/organizations/${values.intoId}`);
  return mergeJobState(job, values);
}

/** Records another spelling of the organisation's name with where it was seen; addAlias checks the role. */
export async function addOrganizationAliasAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "organizationId", "alias", "sourceId");
  try {
    await addAlias("organization", { ownerId: values.organizationId, alias: values.alias, sourceId: values.sourceId });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/organizations/${values.organizationId}`);
  return { status: "saved", values: { ...values, alias: "" }, message: `Spelling “${values.alias?.trim()}” added` };
}

/** Removes a recorded spelling; removeAlias checks the role. */
export async function removeOrganizationAliasAction(_previous: OrganizationFormState, formData: FormData): Promise<OrganizationFormState> {
  formData = formDataOf(formData);
  const values = read(formData, "aliasId", "organizationId");
  try {
    await removeAlias("organization", values);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/organizations/${values.organizationId}`);
  return { status: "saved", values, message: "Spelling removed" };
}
