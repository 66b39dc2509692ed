import { describe, expect, it } from "vitest";
import { resolvedUrlProblem, URL_REFUSALS, urlProblem } from "@/lib/webhooks/url-safety";

describe("where a webhook may point", () => {
  it("takes http(s) addresses on public, private and loopback networks", () => {
    for (const url of ["https://hooks.example.org/parley", "http://10.0.4.7:8080/in", "http://127.0.0.1:3999/x", "https://[2001:db8::1]/hook", "http://opencti.internal/hook"]) {
      expect(urlProblem(url), url).toBeNull();
    }
  });

  it("refuses other schemes, credentials, and link-local, metadata, unspecified and multicast addresses", () => {
    expect(urlProblem("ftp://example.org/x")).toBe(URL_REFUSALS.scheme);
    expect(urlProblem("file:///etc/passwd")).toBe(URL_REFUSALS.scheme);
    expect(urlProblem("javascript:alert(1)")).toBe(URL_REFUSALS.scheme);
    expect(urlProblem("not a url")).toBe(URL_REFUSALS.notUrl);
    expect(urlProblem("https://user:pass@example.org/")).toBe(URL_REFUSALS.credentials);
    for (const url of [
      "http://169.254.169.254/latest/meta-data/",
      "http://[fe80::1]/",
      "http://[::ffff:169.254.169.254]/",
      "http://[fd00:ec2::254]/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://METADATA.google.internal./",
      "http://0.0.0.0:3000/",
      "http://[::]/",
      "http://224.0.0.1/",
      "http://100.100.100.200/",
    ]) {
      expect(urlProblem(url), url).toBe(URL_REFUSALS.address);
    }
  });

  it("checks every address a host name resolves to", async () => {
    const resolvesTo = (addresses: string[]) => async () => addresses;
    expect(await resolvedUrlProblem("https://hooks.example.org/", resolvesTo(["93.184.216.34"]))).toBeNull();
    expect(await resolvedUrlProblem("https://hooks.example.org/", resolvesTo(["93.184.216.34", "169.254.169.254"]))).toBe(URL_REFUSALS.address);
    expect(await resolvedUrlProblem("https://hooks.example.org/", resolvesTo([]))).toBe(URL_REFUSALS.unresolved);
    expect(await resolvedUrlProblem("https://hooks.example.org/", async () => Promise.reject(new Error("ENOTFOUND")))).toBe(URL_REFUSALS.unresolved);
    // An address in the URL itself is not looked up.
    expect(await resolvedUrlProblem("http://127.0.0.1:9/", async () => Promise.reject(new Error("must not be called")))).toBeNull();
  });
});
