"use server";

import { findOrganizations } from "@/lib/lookup/organizations";
import { findPeople } from "@/lib/lookup/people";
import { findTags, findTopics } from "@/lib/lookup/tags";
import type { LookupOption } from "@/lib/lookup/lookup-query";

// The pickers' type-ahead. Each lib function checks the session itself and treats the query as
// untrusted text.

export async function lookupPeopleAction(query: unknown): Promise<LookupOption[]> {
  return findPeople(query);
}

export async function lookupOrganizationsAction(query: unknown): Promise<LookupOption[]> {
  return findOrganizations(query);
}

export async function lookupTagsAction(query: unknown): Promise<LookupOption[]> {
  return findTags(query);
}

export async function lookupTopicsAction(query: unknown): Promise<LookupOption[]> {
  return findTopics(query);
}
