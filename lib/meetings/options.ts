import "server-only";
import { requireUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";

export interface CountryOption {
  code: string;
  name: string;
}

export interface TopicOption {
  id: string;
  name: string;
}

// Reference data: loaded by the migrations and the seed, never written by the app, so one read
// per process serves every request (a renamed country shows after a restart).
let countries: Promise<CountryOption[]> | undefined;

/**
 * Every country, by name, for filters and the meeting form (about 250 rows).
 * Rule: any signed-in user.
 */
export async function listCountryOptions(): Promise<CountryOption[]> {
  await requireUser();
  countries ??= db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
  return countries.catch((error: unknown) => {
    countries = undefined;
    throw error;
  });
}

/**
 * The countries a view names (its `country` and `pair` parameters), by name: what the table's
 * country pickers show before the whole list loads (components/meetings/use-country-options.ts).
 * Rule: any signed-in user.
 */
export async function listCountriesNamedIn(params: Record<string, string | string[] | undefined>): Promise<CountryOption[]> {
  const named = new Set([params.country, params.pair].flat().join(",").toUpperCase().match(/[A-Z]{2}/g));
  return named.size === 0 ? [] : (await listCountryOptions()).filter((country) => named.has(country.code));
}

/**
 * The topic vocabulary, by name, for the meeting form.
 * Rule: any signed-in user.
 */
export async function listTopicOptions(): Promise<TopicOption[]> {
  await requireUser();
  return db.topic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
