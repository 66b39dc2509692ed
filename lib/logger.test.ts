import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, pathWithoutQueryValues } from "@/lib/logger";

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger(stream, "info"), lines };
}

describe("logger", () => {
  it("logs a request's path and parameter names, never the search typed", () => {
    const { logger, lines } = capture();
    logger.info({ requestId: "r1", method: "GET", path: "/meetings?q=Aliyev%20Putin&country=AZ" }, "request");
    expect(lines.join("")).toContain('"path":"/meetings?q=&country="');
    expect(lines.join("")).not.toMatch(/Aliyev|AZ/u);
  });

  it("redacts passwords, tokens and emails wherever they were put", () => {
    const { logger, lines } = capture();
    logger.info({ email: "someone@example.org", detail: { password: "hunter2 hunter2", email: "x@y.z" }, token: "t0ken" }, "auth event");
    expect(lines.join("")).not.toMatch(/someone@example|hunter2|x@y\.z|t0ken/u);
  });
});

describe("pathWithoutQueryValues", () => {
  it("keeps the path and the parameter names, drops every value", () => {
    expect(pathWithoutQueryValues("/meetings?q=Aliyev%20Putin&sort=date&q=again")).toBe("/meetings?q=&sort=");
    expect(pathWithoutQueryValues("/meetings/0190a1b2")).toBe("/meetings/0190a1b2");
    expect(pathWithoutQueryValues("/sign-in?next=%2Fmeetings%3Fq%3Dsecret#frag")).toBe("/sign-in?next=");
  });

  it("drops parameter names that could themselves carry text", () => {
    expect(pathWithoutQueryValues("/meetings?my%20secret%20search")).toBe("/meetings");
  });

  it("leaves what is not a string alone", () => {
    expect(pathWithoutQueryValues(undefined)).toBeUndefined();
  });
});
