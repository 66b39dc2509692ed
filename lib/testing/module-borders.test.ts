import path from "node:path";
import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// Runs the project's own lint configuration (eslint.config.mjs) over small sources placed at
// chosen paths, so the border is checked as `npx eslint .` applies it, not a copy of the rule.
const root = path.resolve(import.meta.dirname, "../..");
const RULE = "parley/internal-imports";
let eslint: ESLint;

// Loading the configuration and its plugins takes seconds (16 s on a loaded two-core run): done
// once here, with room, so the tests themselves only lint.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root });
  await eslint.lintText("export {};\n", { filePath: path.join(root, "lib/views/border-fixture.ts") });
}, 120_000);

async function borderErrors(importer: string, source: string): Promise<string[]> {
  const results = await eslint.lintText(source, { filePath: path.join(root, importer) });
  return results.flatMap((result) => result.messages).filter((message) => message.ruleId === RULE).map((message) => message.message);
}

const IMPORTS_VIEWS_INTERNAL = 'import { x } from "@/lib/views/internal/anything";\nexport const y = x;\n';

describe("a domain's internal/ folder", () => {
  it("may not be imported by another domain", async () => {
    expect(await borderErrors("lib/drafts/border-fixture.ts", IMPORTS_VIEWS_INTERNAL)).toEqual([
      expect.stringContaining("lib/views/internal/anything is internal to lib/views"),
    ]);
  });

  it("may not be imported by app/, components/ or end-to-end support", async () => {
    for (const importer of ["app/border-fixture.ts", "components/border-fixture.tsx", "e2e/support/border-fixture.ts"]) {
      expect(await borderErrors(importer, IMPORTS_VIEWS_INTERNAL), importer).toHaveLength(1);
    }
  });

  it("is caught in re-exports, dynamic imports, mocks and relative paths too", async () => {
    const source = [
      'export * from "@/lib/views/internal/a";',
      'export { b } from "@/lib/views/internal/b";',
      'export const c = await import("@/lib/views/internal/c");',
      'vi.mock("@/lib/views/internal/d");',
      'export type E = import("@/lib/views/internal/e").E;',
      'import { f } from "../views/internal/f";',
      "export const g = f;",
    ].join("\n");
    expect(await borderErrors("lib/drafts/border-fixture.ts", source)).toHaveLength(6);
  });

  it("may be imported by its own domain, its tests, lib/testing and the seed", async () => {
    for (const importer of [
      "lib/views/border-fixture.ts",
      "lib/views/deeper/border-fixture.test.ts",
      "lib/views/internal/border-fixture.ts",
      "lib/testing/border-fixture.ts",
      "prisma/seed/border-fixture.ts",
    ]) {
      expect(await borderErrors(importer, IMPORTS_VIEWS_INTERNAL), importer).toEqual([]);
    }
    expect(await borderErrors("lib/views/border-fixture.ts", 'import { x } from "./internal/anything";\nexport const y = x;\n')).toEqual([]);
  });

  it("holds for a domain that has no internal/ folder yet", async () => {
    expect(await borderErrors("lib/views/border-fixture.ts", 'import { x } from "@/lib/a-new-domain/internal/x";\nexport const y = x;\n')).toHaveLength(1);
    expect(await borderErrors("lib/views/border-fixture.ts", 'import { x } from "@/lib/meetings/write/unit-of-work";\nexport const y = x;\n')).toEqual([]);
  });
});
