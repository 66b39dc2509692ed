import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const root = import.meta.dirname;

/**
 * Every module under lib/ that declares itself server-only, as the "@/…" name components would
 * import it by. Found afresh on each lint run, so a new data module is covered without editing this.
 */
function serverOnlyModules() {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "generated") walk(full);
      } else if (/\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name)) {
        if (/^import\s+["']server-only["'];?\s*$/mu.test(readFileSync(full, "utf8"))) {
          found.push(`@/${path.relative(root, full).split(path.sep).join("/").replace(/\.tsx?$/u, "")}`);
        }
      }
    }
  };
  walk(path.join(root, "lib"));
  return found.sort();
}

/**
 * Module borders: `lib/<domain>/internal/**` holds what only that domain uses. Only the domain
 * itself (its tests included), the test support in lib/testing and the seed may import it, so a
 * domain's internals can change without reading the rest of the codebase. Generic: a new domain,
 * or an internal/ folder added to an old one, is covered without editing this file.
 */
const INTERNAL = /^lib\/([^/]+)\/internal(?:\/|$)/u;
const MAY_IMPORT_ANY_INTERNAL = [/^lib\/testing\//u, /^prisma\/seed/u];

function internalTarget(specifier, importer) {
  let target;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.normalize(path.posix.join(path.posix.dirname(importer), specifier));
  else return null;
  const match = INTERNAL.exec(target);
  return match ? { domain: match[1], target } : null;
}

const internalImports = {
  meta: { type: "problem", schema: [], messages: { internal: "{{target}} is internal to lib/{{domain}}: only lib/{{domain}} (and its tests), lib/testing and prisma/seed may import it. Use what lib/{{domain}} exports outside internal/, or move the module out of internal/ if other code needs it." } },
  create(context) {
    const importer = path.relative(root, context.filename).split(path.sep).join("/");
    if (MAY_IMPORT_ANY_INTERNAL.some((allowed) => allowed.test(importer))) return {};
    const check = (node) => {
      if (node?.type !== "Literal" || typeof node.value !== "string") return;
      const found = internalTarget(node.value, importer);
      if (found && !importer.startsWith(`lib/${found.domain}/`)) {
        context.report({ node, messageId: "internal", data: { target: found.target, domain: found.domain } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => check(node.source),
      TSImportType: (node) => check(node.source ?? node.argument?.literal),
      // vi.mock("@/lib/x/internal/y") reaches into the module as surely as an import does.
      "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|importActual)$/]": (node) => check(node.arguments[0]),
    };
  },
};

/** The Prisma models whose rows a meeting shows or is found by. */
const MEETING_TABLES = ["meeting", "meetingCountry", "participation", "meetingTopic", "meetingTag", "evidence", "source", "person", "personAlias", "organization", "organizationAlias", "tag", "meetingMatch"];
/** The modules that write them, each inside a MeetingUnitOfWork. */
const MEETING_WRITERS = [
  "lib/meetings/write/**",
  "lib/meetings/internal/write/**",
  "lib/entities/aliases.ts",
  "lib/entities/merge-aliases.ts",
  "lib/entities/edit-entity.ts",
  "lib/people/merge.ts",
  "lib/organizations/merge.ts",
  "lib/tags/mutations.ts",
  "lib/tags/merge-plan.ts",
  "lib/review/write/**",
  "lib/ingest/internal/draft-writes.ts",
];

const PASS_ACTIONS = "Components never import app/: the page passes server actions (and their state types come from lib/).";
const DATA_LAYER = "Components never talk to the database: take plain DTOs as props (lib/<domain>/dto.ts), and server actions as props.";
const LINK = { name: "next/link", message: "Use Link from @/components/ui/link: it does not prefetch every link in view (see that file)." };

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", ".next-*/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"],
  },
  {
    rules: {
      // Tests must not be focused; a skipped test needs its reason in the code.
      "no-restricted-properties": [
        "error",
        { object: "test", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "it", property: "only", message: "Focused tests hide the rest of the suite." },
        { object: "describe", property: "only", message: "Focused tests hide the rest of the suite." },
      ],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    plugins: { parley: { rules: { "internal-imports": internalImports } } },
    rules: { "parley/internal-imports": "error" },
  },
  {
    // Imports run one way: app → components → lib (README, "Architecture").
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            LINK,
            { name: "@/lib/db", message: DATA_LAYER },
            ...serverOnlyModules()
              .filter((name) => name !== "@/lib/db")
              .map((name) => ({ name, message: `${name} is server-only. ${DATA_LAYER}`, allowTypeImports: true })),
          ],
          patterns: [
            { group: ["@/app", "@/app/*", "@/app/**"], message: PASS_ACTIONS },
            { group: ["@/lib/database", "@/lib/database/*", "@/lib/database/**"], message: DATA_LAYER },
            { group: ["**/queries", "**/mutations"], message: DATA_LAYER, allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { paths: [LINK] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // Entry points, the launcher (it runs the first-run seed), benchmarks and test support load the
    // seed and factories: they are not the domain.
    ignores: ["lib/cli/**", "lib/server/launcher.ts", "lib/bench/**", "lib/testing/**", "**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/app", "@/app/*", "@/app/**"], message: "lib/ is the bottom layer: it never imports app/." },
            { group: ["@/components", "@/components/*", "@/components/**"], message: "lib/ is the bottom layer: it never imports components/." },
            { group: ["@/prisma/seed", "@/prisma/seed/**"], message: "The domain never depends on seed data: vocabularies live in lib/ (lib/topics/vocabulary.ts), and the seed imports them." },
            { group: ["@/lib/testing", "@/lib/testing/**"], message: "The domain never depends on test support (factories, test accounts, harness): only tests, lib/testing, lib/cli and lib/bench use lib/testing." },
          ],
        },
      ],
    },
  },
  {
    // Meeting tables are written by the unit of work's modules only (lib/meetings/write/unit-of-work.ts):
    // a write anywhere else could leave search rows, versions or revisions behind.
    files: ["lib/**/*.{ts,tsx}", "app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: [...MEETING_WRITERS, "**/*.test.{ts,tsx}", "lib/cli/**", "lib/testing/**"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: `CallExpression[callee.object.property.name=/^(${MEETING_TABLES.join("|")})$/][callee.property.name=/^(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)$/]`,
          message: "Meetings and what they show change only inside a meeting unit of work (lib/meetings/write/unit-of-work.ts): add the change there, or to one of MEETING_WRITERS in eslint.config.mjs.",
        },
      ],
    },
  },
];

export default config;
