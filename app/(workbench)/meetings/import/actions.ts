"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataOf } from "@/lib/forms/form-input";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { confirmImportMapping, createImportJob, startImportRun } from "@/lib/import/jobs";
import { mappingFromForm } from "@/lib/import/mapping";

export type ImportActionState = ActionState<Record<string, string>>;

/** Stages an uploaded file and opens its column mapping; createImportJob lets analysts and admins do it. */
export async function uploadImportFileAction(_previous: ImportActionState, formData: FormData): Promise<ImportActionState> {
  formData = formDataOf(formData);
  const file = formData.get("file");
  let id: string;
  try {
    id = await createImportJob(file instanceof File ? { name: file.name, size: file.size, bytes: () => file.arrayBuffer() } : { name: "", size: 0, bytes: async () => new ArrayBuffer(0) });
  } catch (error) {
    return toActionState(error, {});
  }
  redirect(`/meetings/import/${id}`);
}

/** Confirms the columns and starts the dry run; confirmImportMapping lets the import's author and admins do it. */
export async function confirmImportMappingAction(_previous: ImportActionState, formData: FormData): Promise<ImportActionState> {
  formData = formDataOf(formData);
  const id = String(formData.get("id") ?? "");
  const values = Object.fromEntries([...formData.entries()].filter(([, value]) => typeof value === "string")) as Record<string, string>;
  try {
    await confirmImportMapping(id, mappingFromForm(formData));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/import/${id}`);
  return { status: "saved", values, message: "Columns confirmed: the dry run is going through the rows." };
}

/** Starts the real run after the dry run; startImportRun lets the import's author and admins do it. */
export async function startImportRunAction(_previous: ImportActionState, formData: FormData): Promise<ImportActionState> {
  formData = formDataOf(formData);
  const values = { id: String(formData.get("id") ?? "") };
  try {
    await startImportRun(values.id);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/import/${values.id}`);
  revalidatePath("/meetings");
  return { status: "saved", values, message: "Import started: the meetings are being recorded." };
}
