import { describe, expect, it } from "vitest";
import { decodeBase32, totpCode, wrongTotpCode } from "@/lib/testing/auth/totp";

// RFC 6238 appendix B: the SHA-1 key is the ASCII "12345678901234567890"; its 8-digit codes end
// in the 6 digits checked here.
const RFC_KEY = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

describe("totpCode", () => {
  it("decodes the Base32 key an authenticator app is given", () => {
    expect(decodeBase32(RFC_KEY).toString("ascii")).toBe("12345678901234567890");
    expect(decodeBase32("gezd gnbv-gy3tqojq====").toString("ascii")).toBe("1234567890");
  });

  it("matches the RFC 6238 test vectors", () => {
    expect(totpCode(RFC_KEY, 59_000)).toBe("287082");
    expect(totpCode(RFC_KEY, 1_111_111_109_000)).toBe("081804");
    expect(totpCode(RFC_KEY, 1_234_567_890_000)).toBe("005924");
    expect(totpCode(RFC_KEY, 20_000_000_000_000)).toBe("353130");
  });

  it("moves by whole 30-second steps", () => {
    expect(totpCode(RFC_KEY, 1_111_111_109_000, 1)).toBe(totpCode(RFC_KEY, 1_111_111_139_000));
  });

  it("finds a code that is wrong in every step a verifier tolerates", () => {
    const at = 1_234_567_890_000;
    const wrong = wrongTotpCode(RFC_KEY, at);
    expect(wrong).toMatch(/^\d{6}$/u);
    for (const offset of [-2, -1, 0, 1, 2]) expect(wrong).not.toBe(totpCode(RFC_KEY, at, offset));
  });

  it("refuses a key that is not Base32", () => {
    expect(() => decodeBase32("not base32!")).toThrow(/Base32/u);
  });
});
