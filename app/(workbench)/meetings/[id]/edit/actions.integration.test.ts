import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {}, updateTag: () => {}, refresh: () => {} }));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestMeeting } = await import("@/lib/testing/factories");
const { getMeetingForEdit } = await import("@/lib/drafts/meeting-for-edit");
const { FORM_PAYLOAD_FIELD } = await import("@/lib/meetings/form-data");
const { updateMeetingAction } = await import("./actions");

type Values = NonNullable<Awaited<ReturnType<typeof getMeetingForEdit>>>["values"];

function form(meetingId: string, version: number, values: Values): FormData {
  const data = new FormData();
  data.set("meetingId", meetingId);
  data.set("expectedVersion", String(version));
  data.set(FORM_PAYLOAD_FIELD, JSON.stringify(values));
  return data;
}

/** Runs the action; a successful save ends in Next's redirect, which is what we report. */
async function submit(data: FormData) {
  try {
    return await updateMeetingAction({ status: "idle", values: {} as Values }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { status: "redirected" as const, to: digest.split(";")[2] };
    throw error;
  }
}

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "analyst")).cookies });
});

describe("the edit form's save", () => {
  it("saves at the version it was opened at and opens the meeting", async () => {
    const meeting = await createTestMeeting(db);
    const opened = (await getMeetingForEdit(meeting.id))!;
    const result = await submit(form(meeting.id, opened.version, { ...opened.values, place: "Tbilisi" }));
    expect(result).toMatchObject({ status: "redirected", to: expect.stringContaining(`/meetings/${meeting.id}`) });
    expect((await getMeetingForEdit(meeting.id))!.values.place).toBe("Tbilisi");
  });

  it("refuses a stale save as a conflict carrying both versions, and changes nothing", async () => {
    const meeting = await createTestMeeting(db);
    const opened = (await getMeetingForEdit(meeting.id))!;
    expect(await submit(form(meeting.id, opened.version, { ...opened.values, place: "First" }))).toMatchObject({ status: "redirected" });
    const second = await submit(form(meeting.id, opened.version, { ...opened.values, place: "Second", summary: "Typed by the second analyst" }));
    expect(second.status).toBe("conflict");
    if (second.status !== "conflict") return;
    expect(second.values).toMatchObject({ place: "Second", summary: "Typed by the second analyst" });
    expect(second.current.version).toBe(opened.version + 1);
    expect(second.current.values.place).toBe("First");
    expect((await getMeetingForEdit(meeting.id))!.values.place).toBe("First");

    // Resolved on top of the current version, the save goes through.
    const resolved = await submit(form(meeting.id, second.current.version, { ...second.values, place: "First" }));
    expect(resolved).toMatchObject({ status: "redirected" });
    expect((await getMeetingForEdit(meeting.id))!.values).toMatchObject({ place: "First", summary: "Typed by the second analyst" });
  });

  it("answers an unknown meeting, a bad id or unknown person ids with a message, never a crash", async () => {
    const meeting = await createTestMeeting(db);
    const opened = (await getMeetingForEdit(meeting.id))!;
    expect(await submit(form(crypto.randomUUID(), 1, opened.values))).toMatchObject({ status: "error", message: expect.any(String) });
    expect(await submit(form("../etc", 1, opened.values))).toMatchObject({ status: "error" });
    const ghost = { ...opened.values, participants: opened.values.participants.map((p) => ({ ...p, personId: crypto.randomUUID() })) };
    const refused = await submit(form(meeting.id, opened.version, ghost));
    expect(refused.status).toBe("invalid");
    expect(Object.keys(refused.status === "invalid" ? refused.fieldErrors : {}).some((k) => k.startsWith("participants.0."))).toBe(true);
  });

  it("stores markup as text", async () => {
    const meeting = await createTestMeeting(db);
    const opened = (await getMeetingForEdit(meeting.id))!;
    const hostile = `<script>alert(1)</script><img src=x onerror=alert(2)>`;
    await submit(form(meeting.id, opened.version, { ...opened.values, summary: hostile }));
    expect((await getMeetingForEdit(meeting.id))!.values.summary).toBe(hostile);
  });
});
