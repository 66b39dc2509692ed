import { makeSignature } from "better-auth/crypto";
import { describe, expect, it } from "vitest";
import { signSessionToken } from "@/lib/auth/sessions/sign-token";

describe("signSessionToken", () => {
  it("signs exactly as better-auth does", async () => {
    const token = "AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    const secret = "a-secret-of-at-least-thirty-two-characters";
    expect(signSessionToken(token, secret)).toBe(encodeURIComponent(`${token}.${await makeSignature(token, secret)}`));
  });
});
