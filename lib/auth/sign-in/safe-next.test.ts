import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeNextPath, signInPathFor } from "@/lib/auth/sign-in/safe-next";

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

const ORIGIN = "http://parley.test";

/** The property every result must have: a path on this origin that a browser cannot read as another host. */
function expectSameOriginPath(result: string) {
  expect(result.startsWith("/")).toBe(true);
  expect(result.startsWith("//")).toBe(false);
  expect(result.includes("\\")).toBe(false);
  expect(new URL(result, ORIGIN).origin).toBe(ORIGIN);
}

describe("safeNextPath checks what it returns, not only what it received", () => {
  it.each(["/.//evil.example", "/%2e//evil.example", "/%2E//evil.example", "/a/..//evil.example", "/./%2e/..//evil.example", "/a/%2e%2e//evil.example"])(
    "never turns %j into a protocol-relative target",
    (target) => {
      const result = safeNextPath(target);
      expectSameOriginPath(result);
      expect(result).toBe(DEFAULT_AFTER_SIGN_IN);
    },
  );

  // Pieces an attacker combines: dot segments, encoded dots and slashes, backslashes, schemes.
  const piece = fc.constantFrom("/", "//", ".", "..", "%2e", "%2E", "%2f", "%5c", "\\", "evil.example", "a", "?", "#", ":", "@", "%", " ", "\t", "é", "sign-in", "http:");
  const hostile = fc.array(piece, { maxLength: 12 }).map((parts) => parts.join(""));
  const anything = fc.oneof(hostile, fc.string({ maxLength: 40 }), hostile.map((rest) => `/${rest}`));

  it("always returns a same-origin path", () => {
    fc.assert(fc.property(anything, (value) => expectSameOriginPath(safeNextPath(value))), { numRuns: 5_000 });
  });

  it("is idempotent: a returned path is returned unchanged", () => {
    fc.assert(
      fc.property(anything, (value) => {
        const once = safeNextPath(value);
        expect(safeNextPath(once)).toBe(once);
      }),
      { numRuns: 5_000 },
    );
  });
});
