import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

const headersWith = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("uses the address Next.js recorded when no proxy is trusted", () => {
    expect(clientAddress(headersWith("203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("takes the entry the trusted proxy appended, not what the client forged before it", () => {
    expect(clientAddress(headersWith("198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headersWith("198.51.100.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("treats an IPv4-mapped IPv6 address as its IPv4 form", () => {
    expect(clientAddress(headersWith("::ffff:203.0.113.7"), 0)).toBe("203.0.113.7");
  });

  it("says unknown when there is no address at all", () => {
    expect(clientAddress(headersWith(), 0)).toBe("unknown");
  });
});
