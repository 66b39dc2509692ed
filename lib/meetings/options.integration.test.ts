import { beforeAll, expect, it, vi } from "vitest";

vi.mock("next/headers", () => import("@/lib/testing/auth/next-headers-mock"));

const { setRequest } = await import("@/lib/testing/auth/next-headers-mock");
const { createTestAccount } = await import("@/lib/testing/auth/users");
const { db } = await import("@/lib/db");
const { listCountriesNamedIn, listCountryOptions } = await import("@/lib/meetings/options");

beforeAll(async () => {
  setRequest({ cookies: (await createTestAccount(db, "viewer")).cookies });
});

it("gives the table's pickers only the countries its view names, by name, before the whole list loads", async () => {
  const named = await listCountriesNamedIn({ country: "az,-CN", pair: "GE,AM" });
  expect(named.map((country) => country.code)).toEqual(["AM", "AZ", "CN", "GE"]);
  expect(await listCountriesNamedIn({ q: "Baku" })).toEqual([]);
});

it("refuses the signed-out, however often the list was read before", async () => {
  expect((await listCountryOptions()).length).toBeGreaterThan(200);
  setRequest({});
  await expect(listCountryOptions()).rejects.toMatchObject({ code: "unauthorized" });
  await expect(listCountriesNamedIn({ country: "AZ" })).rejects.toMatchObject({ code: "unauthorized" });
});
