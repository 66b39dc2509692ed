import { describe, expect, it } from "vitest";
import { expectConsoleError } from "@/lib/testing/console-errors";
import { formFailure } from "@/lib/auth/form-state";
import { AppError } from "@/lib/errors";

describe("formFailure (the account, sign-in and user-admin forms)", () => {
  it("keeps what was typed and passes on an expected refusal with its code", () => {
    const values = { email: "analyst@parley.test" };
    expect(formFailure(new AppError("forbidden", "Your role does not allow this."), values)).toEqual({
      message: "Your role does not allow this.",
      code: "forbidden",
      fieldErrors: undefined,
      values,
    });
  });

  it("answers an unexpected failure with the typed values and a reference id instead of the error page", () => {
    const values = { name: "Leyla" };
    expectConsoleError(/form action failed/); // logged for the operator with its reference id
    const state = formFailure(new Error("connect ETIMEDOUT 10.0.0.5:5432"), values);
    expect(state.values).toEqual(values);
    expect(state.referenceId).toMatch(/^[0-9a-f]{8}$/);
    expect(state.message).toContain(state.referenceId);
    expect(state.message).not.toMatch(/ETIMEDOUT|5432/);
  });
});
