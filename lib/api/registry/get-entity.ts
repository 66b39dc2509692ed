import "server-only";
import { AppError } from "@/lib/errors";
import { getCountryPage } from "@/lib/countries/queries";
import { getOrganizationPage } from "@/lib/organizations/queries";
import { getPersonPage } from "@/lib/people/queries";
import { getTagPage } from "@/lib/tags/queries";
import { getTopicPage } from "@/lib/topics/queries";

// One record of each kind as the API gives it: the entity itself, its spellings and what was
// merged into it. Its meetings are a list away: /api/v1/meetings?person=<id> (and so on).
// Each reads through the entity page's own query (rule: any signed-in caller).

/** A merged record's id stays valid: it answers with where the record went (a 308 to it). */
export type Found<T> = { state: "found"; entity: T } | { state: "merged"; into: string };

const notFound = (what: string) => new AppError("not_found", `This ${what} does not exist.`);

export async function getPersonEntity(id: string) {
  const found = await getPersonPage(id);
  if (!found) throw notFound("person");
  if (found.state === "merged") return { state: "merged", into: found.into } as const;
  const { person, aliases, mergedFrom } = found.page;
  return { state: "found", entity: { ...person, aliases: aliases.map((a) => a.alias), mergedFrom: mergedFrom.map((m) => m.id) } } as const;
}

export async function getOrganizationEntity(id: string) {
  const found = await getOrganizationPage(id);
  if (!found) throw notFound("organisation");
  if (found.state === "merged") return { state: "merged", into: found.into } as const;
  const { organization, aliases, mergedFrom } = found.page;
  return { state: "found", entity: { ...organization, aliases: aliases.map((a) => a.alias), mergedFrom: mergedFrom.map((m) => m.id) } } as const;
}

export async function getTagEntity(id: string) {
  const found = await getTagPage(id);
  if (!found) throw notFound("tag");
  if (found.state === "merged") return { state: "merged", into: found.into } as const;
  const { tag, formerNames, mergedFrom } = found.page;
  return { state: "found", entity: { ...tag, formerNames, mergedFrom: mergedFrom.map((m) => m.id) } } as const;
}

export async function getTopicEntity(id: string) {
  const page = await getTopicPage(id);
  if (!page) throw notFound("topic");
  return { state: "found", entity: page.topic } as const;
}

export async function getCountryEntity(code: string) {
  const page = await getCountryPage(code);
  if (!page) throw notFound("country");
  return { state: "found", entity: page.country } as const;
}
