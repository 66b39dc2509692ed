import { describe, expect, it } from "vitest";
import { expectConsoleError } from "@/lib/testing/console-errors";
import { AppError } from "@/lib/errors";
import { toActionState } from "@/lib/forms/action-state";

const values = { title: "Typed by the analyst" };

describe("toActionState", () => {
  it("keeps the values and puts field errors beside their fields", () => {
    const state = toActionState(new AppError("validation", "Some fields need attention.", { fieldErrors: { title: ["Enter a title."] } }), values);
    expect(state).toEqual({ status: "invalid", values, message: "Some fields need attention.", fieldErrors: { title: ["Enter a title."] } });
  });

  it("turns a conflict with the current record into a conflict state", () => {
    const error = Object.assign(new AppError("conflict", "Someone else saved."), { current: { version: 3 } });
    const state = toActionState(error, values, { current: (e) => (e as { current?: unknown }).current });
    expect(state).toMatchObject({ status: "conflict", values, current: { version: 3 } });
  });

  it("answers an unexpected failure with the values, a calm message and a reference id", () => {
    expectConsoleError(/form action failed/); // logged for the operator with its reference id
    const state = toActionState(new Error('invalid byte sequence for encoding "UTF8": 0x00'), values);
    expect(state).toMatchObject({ status: "error", values, referenceId: expect.stringMatching(/^[0-9a-f]{8}$/) });
    expect(state.status === "error" && state.message).not.toMatch(/UTF8|0x00/);
  });

  it("passes on what the analyst may be told for other expected errors", () => {
    expect(toActionState(new AppError("forbidden", "Your role does not allow this."), values)).toEqual({
      status: "error",
      values,
      message: "Your role does not allow this.",
      code: "forbidden",
    });
  });
});
