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

/**
 * Every country, by name, for filters and the meeting form (about 250 rows).
 * Rule: any signed-in user.
 */
export async function listCountryOptions(): Promise<CountryOption[]> {
  await requireUser();
  return db.country.findMany({ select: { code: true, name: true }, orderBy: { name: "asc" } });
}

/**
 * The topic vocabulary, by name, for the meeting form.
 * Rule: any signed-in user.
 */
export async function listTopicOptions(): Promise<TopicOption[]> {
  await requireUser();
  return db.topic.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
}
