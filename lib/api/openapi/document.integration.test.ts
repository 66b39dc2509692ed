import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));
vi.mock("next/headers.js", () => import("@/lib/testing/auth/next-headers-mock"));

const { openApiDocument } = await import("@/lib/api/openapi/document");
const { GET } = await import("@/app/api/v1/openapi.json/route");

describe("the OpenAPI document", () => {
  const document = openApiDocument();

  it("is OpenAPI 3.1 with the record schema the write path validates with", () => {
    expect(document.openapi).toBe("3.1.0");
    const record = document.components.schemas.MeetingRecord as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(record.properties)).toEqual(expect.arrayContaining(["title", "kind", "date", "countries", "participants", "sources", "evidence"]));
    expect(record.required).toEqual(expect.arrayContaining(["title", "kind", "date", "countries"]));
    expect(JSON.stringify(document)).not.toContain("parley:free-text");
  });

  it("describes every /api/v1 route handler and method, and none that is gone", () => {
    // Read from the files, not imported: the access test already imports every handler.
    const apiDir = path.resolve(import.meta.dirname, "../../../app/api/v1");
    const routes = readdirSync(apiDir, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith("route.ts") && !file.startsWith("openapi.json"))
      .flatMap((file) => {
        const route = `/${path.dirname(file).split(path.sep).join("/")}`.replace("[id]", "{id}");
        const methods = [...readFileSync(path.join(apiDir, file), "utf8").matchAll(/^export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/gm)];
        return methods.map((match) => `${match[1]!.toLowerCase()} ${route}`);
      });
    expect(routes.length).toBeGreaterThan(15);
    const described = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method} ${path}`));
    expect(described.sort()).toEqual(routes.sort());
  });

  it("is served as JSON without a token", async () => {
    const response = await GET();
    expect(response.status).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
  });
});
