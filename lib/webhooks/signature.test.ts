import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signatureHeader, verifySignature } from "@/lib/webhooks/signature";

const secret = "whsec_test-secret-of-enough-length";
const body = JSON.stringify({ id: "d1", type: "meeting.created" });
const now = new Date("2030-01-01T00:00:00Z");

describe("delivery signatures", () => {
  it("signs `${timestamp}.${body}` with HMAC-SHA256, as a receiver recomputes it", () => {
    const header = signatureHeader(secret, body, now);
    const timestamp = Math.floor(now.getTime() / 1000);
    expect(header).toBe(`t=${timestamp},v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`);
    expect(verifySignature(secret, body, header, now)).toBe(true);
  });

  it("refuses another secret, a changed body, a missing or malformed header, and an old timestamp", () => {
    const header = signatureHeader(secret, body, now);
    expect(verifySignature("another secret", body, header, now)).toBe(false);
    expect(verifySignature(secret, `${body} `, header, now)).toBe(false);
    expect(verifySignature(secret, body, null, now)).toBe(false);
    expect(verifySignature(secret, body, "v1=abc", now)).toBe(false);
    expect(verifySignature(secret, body, header, new Date(now.getTime() + 301_000))).toBe(false);
  });
});
