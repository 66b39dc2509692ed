import { buildCountryRecords } from "@/lib/countries/vocabulary";

const fold = (text: string) => text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

let index: Map<string, string> | undefined;

/** Every name, code and common variant of a country, folded, to its ISO code. Built once. */
function countryIndex(): Map<string, string> {
  if (index) return index;
  index = new Map();
  for (const country of buildCountryRecords()) {
    for (const name of [country.code, country.alpha3, country.name, country.officialName, ...country.variants]) {
      const key = fold(name);
      if (key && !index.has(key)) index.set(key, country.code);
    }
  }
  return index;
}

/** The ISO code of a country written as a code (AZ, AZE) or a name ("Azerbaijan", "Türkiye"); null when unknown. */
export function countryCodeFor(text: string): string | null {
  const key = fold(text);
  return key ? (countryIndex().get(key) ?? null) : null;
}

let names: Map<string, string> | undefined;

/** A country's common name by its ISO code, for the titles an import writes. */
export function countryName(code: string): string {
  names ??= new Map(buildCountryRecords().map((country) => [country.code, country.name]));
  return names.get(code) ?? code;
}
