import type { RegistryWords } from "@/components/registry/registry-index";

/** Each index page's words, in the analyst's terms (README glossary). */
export const REGISTRY_WORDS = {
  people: {
    title: "People",
    description: "Everyone the team's meetings name, with how often and how lately they met.",
    one: "person",
    many: "people",
    detail: "Country",
    placeholder: "Name or spelling, e.g. Lavrov",
  },
  organizations: {
    title: "Organisations",
    description: "Ministries, parliaments, parties and agencies the participants came from.",
    one: "organisation",
    many: "organisations",
    detail: "Acronym · country",
    placeholder: "Name, spelling or acronym",
  },
  countries: {
    title: "Countries",
    description: "Countries with their meetings; a country's page lists its pairs.",
    one: "country",
    many: "countries",
    detail: "Code",
    placeholder: "Name, variant or code, e.g. Turkey or TR",
  },
  topics: {
    title: "Topics",
    description: "The controlled vocabulary of what meetings discussed.",
    one: "topic",
    many: "topics",
    detail: "Under",
    placeholder: "Topic, e.g. energy",
  },
} satisfies Record<string, RegistryWords>;
