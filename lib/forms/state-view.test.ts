import { describe, expect, it } from "vitest";
import { failureOf, fieldErrorOf, idleState } from "@/lib/forms/state-view";

describe("what a form reads from its action's state", () => {
  it("finds the error beside a field only in an invalid answer", () => {
    expect(fieldErrorOf({ status: "invalid", values: {}, message: "", fieldErrors: { code: ["Enter the code."] } }, "code")).toBe("Enter the code.");
    expect(fieldErrorOf({ status: "error", values: {}, message: "No." }, "code")).toBeUndefined();
  });

  it("says failures, with the reference of an unexpected one, and stays quiet when idle, saved or empty", () => {
    expect(failureOf({ status: "error", values: {}, message: "Parley could not save this.", referenceId: "ab12cd34" })).toBe("Parley could not save this. (Reference ab12cd34.)");
    expect(failureOf({ status: "error", values: {}, message: "Too many failed sign-ins.", code: "throttled" })).toBe("Too many failed sign-ins.");
    expect(failureOf({ status: "invalid", values: {}, message: "", fieldErrors: { email: ["Enter your email."] } })).toBeUndefined();
    expect(failureOf({ status: "saved", values: {}, message: "Saved." })).toBeUndefined();
    expect(failureOf(idleState({ email: "" }))).toBeUndefined();
  });
});
