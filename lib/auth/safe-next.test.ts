import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInPathFor } from "@/lib/auth/safe-next";

describe("safeNextPath", () => {
  it("keeps a relative path with its query string", () => {
    expect(safeNextPath("/meetings/0190a1b2?tab=sources&q=Aliyev")).toBe("/meetings/0190a1b2?tab=sources&q=Aliyev");
  });

  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/%5Cevil.example/../",
    "javascript:alert(1)",
    "/\tevil",
    "meetings",
    "",
    "/sign-in?next=/meetings",
  ])("refuses %j", (target) => {
    const result = safeNextPath(target);
    expect(result.startsWith("/")).toBe(true);
    expect(result.startsWith("//")).toBe(false);
    expect(new URL(result, "http://parley.test").host).toBe("parley.test");
    if (!target.startsWith("/%5C")) expect(result).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it("ignores values that are not strings", () => {
    expect(safeNextPath(["/a", "/b"])).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeNextPath(undefined)).toBe(DEFAULT_AFTER_SIGN_IN);
  });
});

describe("signInPathFor", () => {
  it("carries the path and query to the sign-in page", () => {
    expect(signInPathFor("/meetings?page=2&sort=date")).toBe("/sign-in?next=%2Fmeetings%3Fpage%3D2%26sort%3Ddate");
  });

  it("leaves next out for the default target", () => {
    expect(signInPathFor(DEFAULT_AFTER_SIGN_IN)).toBe("/sign-in");
  });
});
