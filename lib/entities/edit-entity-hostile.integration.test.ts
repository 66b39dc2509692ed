import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { createTestOrganization, createTestPerson } = await import("@/lib/testing/factories");
const { organizationEditSchema, personEditSchema } = await import("@/lib/entities/edit-entity");
const { updatePerson } = await import("@/lib/people/mutations");
const { updateOrganization } = await import("@/lib/organizations/mutations");
const { freeTextPaths } = await import("@/lib/testing/free-text-fields");
const { HOSTILE_STRINGS } = await import("@/lib/testing/hostile-input");

// The registry's edit forms' text fields, found from their schemas (safeText), each fed every
// hostile string: stored exactly as typed (trimmed), never refused, never mangled.

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "analyst")).cookies });
});

const KINDS = {
  person: {
    paths: freeTextPaths(personEditSchema),
    make: async () => (await createTestPerson(db)).id,
    save: updatePerson,
    read: (id: string) => db.person.findUniqueOrThrow({ where: { id } }) as Promise<Record<string, unknown>>,
  },
  organization: {
    paths: freeTextPaths(organizationEditSchema),
    make: async () => (await createTestOrganization(db)).id,
    save: updateOrganization,
    read: (id: string) => db.organization.findUniqueOrThrow({ where: { id } }) as Promise<Record<string, unknown>>,
  },
};

// An acronym takes 40 characters: it gets the start of each string.
const fitted = (path: string, hostile: string) => (path === "acronym" ? hostile.slice(0, 40) : hostile);

describe("hostile text in the registry's edit forms", () => {
  it("covers the fields the schemas declare", () => {
    expect(KINDS.person.paths).toEqual(["name", "notes"]);
    expect(KINDS.organization.paths).toEqual(["acronym", "name", "notes"]);
  });

  it.each(Object.keys(KINDS) as (keyof typeof KINDS)[])("stores every hostile string exactly in each text field of the %s form", async (kind) => {
    const { paths, make, save, read } = KINDS[kind];
    const id = await make();
    let version = 1;
    for (const hostile of HOSTILE_STRINGS) {
      const input: Record<string, unknown> = { id, expectedVersion: version };
      for (const path of paths) input[path] = fitted(path, hostile);
      ({ version } = await save(input));
      const stored = await read(id);
      for (const path of paths) expect(stored[path], `${path}: ${hostile}`).toBe(fitted(path, hostile).trim());
    }
  });
});
