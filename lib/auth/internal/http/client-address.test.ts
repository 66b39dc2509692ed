import { describe, expect, it } from "vitest";
import { clientAddress, UNKNOWN_ADDRESS } from "@/lib/auth/internal/http/client-address";

const headersWith = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("clientAddress", () => {
  it("trusts nothing the client can write when no proxy is trusted", () => {
    // Next.js fills X-Forwarded-For with the socket address only when the client sent none, so at
    // 0 hops a value there may be the client's own invention: it must not become "the" address.
    expect(clientAddress(headersWith("203.0.113.7"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headersWith("198.51.100.1, 203.0.113.7"), 0)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headersWith(), 0)).toBe(UNKNOWN_ADDRESS);
  });

  it("takes the entry the trusted proxy appended, not what the client forged before it", () => {
    expect(clientAddress(headersWith("198.51.100.1, 203.0.113.7"), 1)).toBe("203.0.113.7");
    expect(clientAddress(headersWith("198.51.100.1, 203.0.113.7, 10.0.0.2"), 2)).toBe("203.0.113.7");
  });

  it("says unknown when the chain is shorter than the trusted proxies (the request bypassed them)", () => {
    expect(clientAddress(headersWith("203.0.113.7"), 2)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headersWith(), 1)).toBe(UNKNOWN_ADDRESS);
  });

  it("treats an IPv4-mapped IPv6 address as its IPv4 form", () => {
    expect(clientAddress(headersWith("::ffff:203.0.113.7"), 1)).toBe("203.0.113.7");
  });
});
