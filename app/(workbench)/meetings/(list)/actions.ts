"use server";

import { revalidatePath } from "next/cache";
import { toActionState, type ActionState } from "@/lib/forms/action-state";
import { formDataOf } from "@/lib/forms/form-input";
import { tagMeetings } from "@/lib/meetings/search/bulk-tag";
import { setMeetingColumns, setShortcutsEnabled } from "@/lib/preferences/preferences";
import { deleteView, saveView } from "@/lib/views/mutations";

export type BulkTagState = ActionState<Record<string, string>>;

/**
 * Bulk tagging from the table: `ids` (comma-separated) or `view` (the table's query string, for
 * "all N matching"), and a tag to `add` or `remove`.
 */
export async function bulkTagMeetingsAction(_previous: BulkTagState, input: FormData): Promise<BulkTagState> {
  const formData = formDataOf(input);
  const values = Object.fromEntries(["ids", "view", "add", "remove"].map((name) => [name, String(formData.get(name) ?? "")]));
  try {
    const change = { add: values.add ? [values.add] : [], remove: values.remove ? [values.remove] : [] };
    const target = values.ids ? { ids: values.ids.split(",").filter(Boolean) } : { view: values.view ?? "" };
    const { changed } = await tagMeetings(target, change);
    revalidatePath("/meetings");
    const what = values.add ? `Tag “${values.add}” added to` : `Tag “${values.remove}” removed from`;
    return { status: "saved", values, message: `${what} ${changed.toLocaleString("en")} ${changed === 1 ? "meeting" : "meetings"}.` };
  } catch (error) {
    return toActionState(error, values);
  }
}

export type ViewState = ActionState<Record<string, string>>;

/** Saves the table's current view (`name`, `query`, `shared` = "on") for its caller. */
export async function saveViewAction(_previous: ViewState, input: FormData): Promise<ViewState> {
  const formData = formDataOf(input);
  const values = Object.fromEntries(["name", "query", "shared"].map((name) => [name, String(formData.get(name) ?? "")]));
  try {
    await saveView({ name: values.name ?? "", query: values.query ?? "", shared: values.shared === "on" });
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings");
  return { status: "saved", values, message: `View “${values.name}” saved.` };
}

/** Deletes one of the caller's own saved views (`id`). */
export async function deleteViewAction(_previous: ViewState, input: FormData): Promise<ViewState> {
  const formData = formDataOf(input);
  const values = { id: String(formData.get("id") ?? "") };
  try {
    await deleteView(values.id);
  } catch (error) {
    return toActionState(error, values);
  }
  revalidatePath("/meetings");
  return { status: "saved", values, message: "View deleted." };
}

export type PreferenceState = ActionState<Record<string, string>>;

/** Turns the table's single-key shortcuts on or off for the caller (`enabled` = "on" or "off"). */
export async function setShortcutsEnabledAction(_previous: PreferenceState, input: FormData): Promise<PreferenceState> {
  const values = { enabled: String(formDataOf(input).get("enabled") ?? "") };
  try {
    // Anything but on/off goes through as text, for the preference's own check to refuse.
    await setShortcutsEnabled(values.enabled === "on" ? true : values.enabled === "off" ? false : values.enabled);
  } catch (error) {
    return toActionState(error, values);
  }
  return { status: "saved", values, message: values.enabled === "on" ? "Keyboard shortcuts on." : "Keyboard shortcuts off." };
}

/** Remembers the caller's table columns, in order (`columns`, comma-separated; empty = defaults). */
export async function setMeetingColumnsAction(_previous: PreferenceState, input: FormData): Promise<PreferenceState> {
  const values = { columns: String(formDataOf(input).get("columns") ?? "") };
  try {
    await setMeetingColumns(values.columns ? values.columns.split(",") : []);
  } catch (error) {
    return toActionState(error, values);
  }
  return { status: "saved", values, message: "Columns saved." };
}
