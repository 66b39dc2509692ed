"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formDataOf } from "@/lib/forms/form-input";
import { toActionState } from "@/lib/forms/action-state";
import { startIngestBatch } from "@/lib/ingest/start-batch";
import { acceptProposedSource, attachMachineDraft, discardMachineDraft, dismissProposedSource } from "@/lib/ingest/review-drafts";
import type { IngestActionState } from "@/lib/ingest/action-state";

// Batch ingest's forms: the upload, and what a reviewer does with a machine draft or a proposed
// source. Each guarded function checks the caller's role first.

const read = (formData: FormData, ...names: string[]) =>
  Object.fromEntries(names.map((name) => [name, typeof formData.get(name) === "string" ? String(formData.get(name)) : ""])) as Record<string, string>;

/** Starts a batch from a zip, a JSONL file or pasted items, then shows its progress. */
export async function startIngestAction(_previous: IngestActionState, formData: FormData): Promise<IngestActionState> {
  formData = formDataOf(formData);
  const values = read(formData, "name", "outlet", "published", "pasted");
  const upload = formData.get("file");
  let batchId: string;
  try {
    const file = upload instanceof File && upload.size > 0 ? { name: upload.name, bytes: new Uint8Array(await upload.arrayBuffer()) } : null;
    batchId = await startIngestBatch({ fields: values, file });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/review/ingest");
  redirect(`/review/ingest/${batchId}`);
}

/** Moves a machine draft to the trash with the reviewer's reason. */
export async function discardMachineDraftAction(_previous: IngestActionState, formData: FormData): Promise<IngestActionState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "version", "reason");
  try {
    await discardMachineDraft(values.id, values.version, values.reason);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${values.id}`);
  return { status: "saved", values, message: "Draft discarded. Admins can restore it from the trash." };
}

/** Adds a machine draft's sources to the chosen meeting; the draft goes to the trash. */
export async function attachMachineDraftAction(_previous: IngestActionState, formData: FormData): Promise<IngestActionState> {
  formData = formDataOf(formData);
  const values = read(formData, "id", "version", "target");
  let targetId: string;
  try {
    ({ targetId } = await attachMachineDraft(values.id, values.version, values.target));
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath(`/meetings/${values.id}`);
  redirect(`/meetings/${targetId}`);
}

/** Adds a proposed source to the meeting it was proposed to. */
export async function acceptProposedSourceAction(_previous: IngestActionState, formData: FormData): Promise<IngestActionState> {
  formData = formDataOf(formData);
  const values = read(formData, "item");
  try {
    const { meetingId } = await acceptProposedSource(values.item);
    revalidatePath(`/meetings/${meetingId}`);
  } catch (error) {
    return toActionState(error, values);
  }
  return { status: "saved", values, message: "Source added to the meeting." };
}

/** Dismisses a proposed source; the meeting stays as it is. */
export async function dismissProposedSourceAction(_previous: IngestActionState, formData: FormData): Promise<IngestActionState> {
  formData = formDataOf(formData);
  const values = read(formData, "item");
  try {
    await dismissProposedSource(values.item);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/review/ingest");
  return { status: "saved", values, message: "Proposed source dismissed." };
}
