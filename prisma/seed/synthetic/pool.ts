import { createRequire } from "node:module";
import type { Countries } from "world-countries";
import { tagSlug } from "@/lib/meetings/tag-slug";
import { createUuidV7Generator } from "@/prisma/seed/uuid";
import { FAMILY_NAMES, GIVEN_NAMES, INTERNATIONAL_ORGANIZATIONS, TRANSLITERATIONS } from "@/prisma/seed/synthetic/names";
import { ADJECTIVES, NOUNS } from "@/prisma/seed/synthetic/prose";
import { createRandom, createZipf, deriveSeed, shuffled, type Random } from "@/prisma/seed/synthetic/random";
import { buildTopicRecords } from "@/lib/topics/vocabulary";

/**
 * The people, organisations, tags and extra topics the synthetic meetings draw on. Built from
 * the seed alone, with ids derived from it, so a second run with the same seed finds its pool
 * already there instead of duplicating it.
 */

export interface PoolCountry {
  code: string;
  name: string;
  demonym: string;
  capital: string;
}
export interface PoolOrganization {
  id: string;
  name: string;
  acronym: string | null;
  countryCode: string | null;
  parentId: string | null;
  aliases: string[];
}
export interface PoolPerson {
  id: string;
  name: string;
  countryCode: string;
  aliases: string[];
  title: string;
  organizationId: string;
}
export interface Pool {
  seed: number;
  countries: PoolCountry[];
  /** Indices into `people` per country code, most prominent first. */
  peopleByCountry: Map<string, number[]>;
  people: PoolPerson[];
  organizations: PoolOrganization[];
  tags: { slug: string; name: string }[];
  extraTopics: { slug: string; name: string }[];
}

const capitals = new Map(
  (createRequire(import.meta.url)("world-countries") as Countries).map((country) => [country.cca2, country]),
);

/** UN members and the observers and partly recognised states diplomats deal with. */
export function poolCountries(rows: { code: string; name: string; demonyms: string[] }[]): PoolCountry[] {
  return rows
    .filter((row) => capitals.get(row.code)?.unMember || ["PS", "VA", "XK", "TW"].includes(row.code))
    .map((row) => ({
      code: row.code,
      name: row.name,
      demonym: row.demonyms[0] ?? row.name,
      capital: capitals.get(row.code)?.capital[0] ?? row.name,
    }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

const REGIONS = ["Europe", "Asia", "Americas", "Africa", "Middle East", "Multilateral Affairs", "Consular Affairs"];

function transliterate(name: string, random: Random): string | undefined {
  const rules = shuffled(TRANSLITERATIONS, random);
  for (const [pattern, replacement] of rules) if (pattern.test(name)) return name.replace(pattern, replacement);
  return undefined;
}

function personAliases(given: string, family: string, random: Random): string[] {
  if (!random.chance(0.3)) return [];
  const forms = [transliterate(`${given} ${family}`, random), `${given.charAt(0)}. ${family}`, `${family} ${given}`];
  const aliases = new Set<string>();
  const count = random.int(1, 2);
  for (const form of shuffled(forms, random)) {
    if (form && form !== `${given} ${family}` && aliases.size < count) aliases.add(form);
  }
  return [...aliases];
}

/** Depends on the seed and the country list only, never on what else the database holds. */
export function buildPool(seed: number, countries: PoolCountry[], size = { people: 7_000, tags: 1_000, topics: 300 }): Pool {
  const random = createRandom(deriveSeed(seed, "pool"));
  const nextId = createUuidV7Generator({
    startMs: Date.UTC(2020, 0, 1) + (seed % 1_000_000) * 1_000,
    random32: createRandom(deriveSeed(seed, "pool-ids")).uint32,
  });
  const organizations: PoolOrganization[] = [];
  const addOrganization = (org: Omit<PoolOrganization, "id" | "aliases">, aliases: string[] = []) => {
    const created = { id: nextId(), aliases: aliases.filter(() => random.chance(0.5)), ...org };
    organizations.push(created);
    return created;
  };
  for (const org of INTERNATIONAL_ORGANIZATIONS) {
    addOrganization({ name: org.name, acronym: org.acronym, countryCode: null, parentId: null });
  }

  // Posts per country, in the order people are given them: the most prominent come first.
  type Post = { title: string; organizationId: string };
  const posts = new Map<string, Post[]>();
  for (const country of countries) {
    const { code, name, demonym } = country;
    const of = (body: string) => `${body} of ${name}`;
    const org = (body: string, aliases: string[] = [], parentId: string | null = null) =>
      addOrganization({ name: of(body), acronym: null, countryCode: code, parentId }, aliases).id;
    const government = org("Government", [`${demonym} government`]);
    const president = org("Office of the President", [`${demonym} presidency`]);
    const mfa = org("Ministry of Foreign Affairs", [`${demonym} Foreign Ministry`, `Foreign Ministry of ${name}`], government);
    const parliament = org("Parliament", [`${demonym} Parliament`]);
    const economy = org("Ministry of Economy", [], government);
    const defence = org("Ministry of Defence", [`${demonym} Defence Ministry`], government);
    const energy = org("Ministry of Energy", [], government);
    const trade = org("Ministry of Trade", [], government);
    const departments = shuffled(REGIONS, random)
      .slice(0, 2)
      .map((region) => ({ region, id: addOrganization({ name: `${region} Department, Ministry of Foreign Affairs of ${name}`, acronym: null, countryCode: code, parentId: mfa }).id }));
    const embassies = shuffled(countries, random)
      .filter((other) => other.code !== code)
      .slice(0, 3)
      .map((host) => ({ host, id: addOrganization({ name: `Embassy of ${name} in ${host.name}`, acronym: null, countryCode: code, parentId: mfa }).id }));
    posts.set(code, [
      { title: "President", organizationId: president },
      { title: "Minister of Foreign Affairs", organizationId: mfa },
      { title: "Prime Minister", organizationId: government },
      { title: "Speaker of Parliament", organizationId: parliament },
      { title: "Deputy Minister of Foreign Affairs", organizationId: mfa },
      { title: "Minister of Economy", organizationId: economy },
      { title: "Minister of Energy", organizationId: energy },
      { title: "Minister of Defence", organizationId: defence },
      { title: "Deputy Prime Minister", organizationId: government },
      { title: "Minister of Trade", organizationId: trade },
      { title: "Chair of the Committee on Foreign Affairs", organizationId: parliament },
      ...departments.map(({ region, id }) => ({ title: `Director of the ${region} Department`, organizationId: id })),
      ...embassies.map(({ host, id }) => ({ title: `Ambassador of ${name} to ${host.name}`, organizationId: id })),
      { title: "Spokesperson of the Ministry of Foreign Affairs", organizationId: mfa },
      { title: "Deputy Speaker of Parliament", organizationId: parliament },
      { title: "Member of Parliament", organizationId: parliament },
    ]);
  }

  // Some countries are in the news far more than others; every country has at least a few people.
  const prominence = shuffled(countries, random);
  const share = createZipf(prominence.length, 0.9);
  const perCountry = new Map(countries.map((country) => [country.code, 6]));
  for (let i = countries.length * 6; i < size.people; i += 1) {
    const code = prominence[share(random)]!.code;
    perCountry.set(code, perCountry.get(code)! + 1);
  }
  const people: PoolPerson[] = [];
  const peopleByCountry = new Map<string, number[]>();
  const usedNames = new Set<string>();
  for (const country of countries) {
    const countryPosts = posts.get(country.code)!;
    const indices: number[] = [];
    for (let i = 0; i < perCountry.get(country.code)!; i += 1) {
      let given = random.pick(GIVEN_NAMES);
      let family = random.pick(FAMILY_NAMES);
      while (usedNames.has(`${given} ${family}`)) {
        given = random.pick(GIVEN_NAMES);
        family = `${random.pick(FAMILY_NAMES)}${random.chance(0.5) ? "-" + random.pick(FAMILY_NAMES) : ""}`;
      }
      usedNames.add(`${given} ${family}`);
      const post = countryPosts[Math.min(i, countryPosts.length - 1)]!;
      indices.push(people.length);
      people.push({
        id: nextId(),
        name: `${given} ${family}`,
        countryCode: country.code,
        aliases: personAliases(given, family, random),
        ...post,
      });
    }
    peopleByCountry.set(country.code, indices);
  }

  const tagRandom = createRandom(deriveSeed(seed, "tags"));
  const tagNames = new Set<string>();
  const tags: { slug: string; name: string }[] = [];
  const addTag = (name: string) => {
    const slug = tagSlug(name);
    if (tagNames.has(slug)) return;
    tagNames.add(slug);
    tags.push({ slug, name });
  };
  for (const name of ["Follow-up", "Priority", "Needs translation", "Verified", "Unconfirmed", "Readout only", "Leaders", "Ministers", "Parliamentary diplomacy"]) addTag(name);
  for (const country of countries) if (tagRandom.chance(0.5)) addTag(`${country.name} desk`);
  while (tags.length < size.tags) addTag(`${tagRandom.pick(ADJECTIVES)} ${tagRandom.pick(NOUNS)}`);

  const topicRandom = createRandom(deriveSeed(seed, "topics"));
  const topicNames = new Set(buildTopicRecords().map((topic) => tagSlug(topic.name)));
  const extraTopics: { slug: string; name: string }[] = [];
  while (topicNames.size < size.topics) {
    const adjective = topicRandom.pick(ADJECTIVES);
    const name = `${adjective.charAt(0).toUpperCase()}${adjective.slice(1)} ${topicRandom.pick(NOUNS)}`;
    const slug = tagSlug(name);
    if (topicNames.has(slug)) continue;
    topicNames.add(slug);
    extraTopics.push({ slug, name });
  }

  return { seed, countries, peopleByCountry, people, organizations, tags, extraTopics };
}
