import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createAdmission } from "@/lib/server/admission.mjs";

/** A server whose page requests wait until the test lets them answer; health checks answer at once. */
async function startServer(maxInFlight: number) {
  const admission = createAdmission({ maxInFlight, retryAfterSeconds: 1 });
  const waiting: (() => void)[] = [];
  const server = http.createServer((request, response) => {
    if (!admission.admit(request, response)) return;
    const answer = () => response.end("page");
    if (request.url?.startsWith("/api/health")) answer();
    else waiting.push(answer);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { admission, waiting, url };
}

const servers: http.Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

async function until(check: () => boolean) {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe("admission", () => {
  it("answers 503 with Retry-After at once past the limit, and admits again when a request is done", async () => {
    const { admission, waiting, url } = await startServer(2);
    const first = fetch(`${url}/meetings`);
    const second = fetch(`${url}/meetings?q=baku`);
    await until(() => waiting.length === 2);

    const refused = await fetch(`${url}/meetings/new`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("1");
    expect(await refused.text()).toMatch(/busy/);
    // A load balancer's health check still reaches a busy instance.
    expect((await fetch(`${url}/api/health/ready`)).status).toBe(200);

    waiting.shift()!();
    expect((await first).status).toBe(200);
    await until(() => admission.state.inFlight === 1);
    const third = fetch(`${url}/meetings?page=2`);
    await until(() => waiting.length === 2);
    for (const answer of waiting.splice(0)) answer();
    expect([(await second).status, (await third).status]).toEqual([200, 200]);
    expect(admission.state).toEqual({ inFlight: 0, refused: 1 });
  });

  it("frees the place of a client that went away before its answer", async () => {
    const { admission, waiting, url } = await startServer(1);
    const leaving = new AbortController();
    const gone = fetch(`${url}/meetings`, { signal: leaving.signal }).catch(() => "aborted");
    await until(() => waiting.length === 1);
    leaving.abort();
    expect(await gone).toBe("aborted");
    await until(() => admission.state.inFlight === 0);
    const next = fetch(`${url}/meetings`);
    await until(() => waiting.length === 2);
    waiting[1]!();
    expect((await next).status).toBe(200);
  });
});
