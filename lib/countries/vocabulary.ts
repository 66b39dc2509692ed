import { createRequire } from "node:module";
import type { Countries } from "world-countries";

// Through require: the package's ES entry imports its JSON without an import attribute, which
// Node's own loader (used by Vitest's global setup) rejects. A bundler (the production build)
// hands back that ES entry's namespace instead of the array: take its default then.
const loaded = createRequire(import.meta.url)("world-countries") as Countries | { default: Countries };
export const worldCountries: Countries = Array.isArray(loaded) ? loaded : loaded.default;

export interface CountryRecord {
  code: string;
  alpha3: string;
  name: string;
  officialName: string;
  demonyms: string[];
  variants: string[];
}

/**
 * Names and adjectives the wire services use that the package does not list (or lists only in
 * another form). Extraction and search match on these, so an analyst pasting "Turkey" or
 * "Kazakh" still lands on the right country.
 */
const WIRE_FORMS: Record<string, { variants?: string[]; demonyms?: string[] }> = {
  AE: { variants: ["United Arab Emirates", "UAE", "U.A.E."] },
  AZ: { variants: ["Republic of Azerbaijan"], demonyms: ["Azerbaijani", "Azeri"] },
  BA: { variants: ["Bosnia"], demonyms: ["Bosnian"] },
  BY: { variants: ["Belorussia", "Byelorussia"], demonyms: ["Belarusian"] },
  CD: { variants: ["DRC", "DR Congo", "Congo-Kinshasa", "Democratic Republic of the Congo"] },
  CG: { variants: ["Congo-Brazzaville", "Republic of Congo"] },
  CI: { variants: ["Côte d'Ivoire", "Cote d'Ivoire", "Ivory Coast"] },
  CN: { variants: ["PRC", "People's Republic of China", "Mainland China"], demonyms: ["Chinese"] },
  CV: { variants: ["Cabo Verde"], demonyms: ["Cape Verdean"] },
  CZ: { variants: ["Czech Republic", "Czechia"], demonyms: ["Czech"] },
  EC: { demonyms: ["Ecuadorian"] },
  FM: { variants: ["Micronesia"] },
  GB: {
    variants: ["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
    demonyms: ["British", "Briton"],
  },
  GE: { demonyms: ["Georgian"] },
  IR: { variants: ["Iran", "Islamic Republic of Iran", "Persia"], demonyms: ["Iranian"] },
  KG: { variants: ["Kyrgyz Republic", "Kirghizia"], demonyms: ["Kyrgyz", "Kyrgyzstani"] },
  KM: { demonyms: ["Comorian"] },
  KP: { variants: ["North Korea", "DPRK", "Democratic People's Republic of Korea"], demonyms: ["North Korean"] },
  KR: { variants: ["South Korea", "Korea", "Republic of Korea", "ROK"], demonyms: ["South Korean", "Korean"] },
  KZ: { variants: ["Republic of Kazakhstan"], demonyms: ["Kazakh", "Kazakhstani"] },
  LA: { variants: ["Lao PDR"], demonyms: ["Lao", "Laotian"] },
  MD: { variants: ["Republic of Moldova"] },
  MK: { variants: ["Macedonia", "FYROM", "Republic of North Macedonia"], demonyms: ["North Macedonian", "Macedonian"] },
  MM: { variants: ["Burma"], demonyms: ["Myanmar", "Burmese"] },
  MV: { demonyms: ["Maldivian"] },
  NL: { variants: ["Holland", "The Netherlands"], demonyms: ["Dutch"] },
  PH: { demonyms: ["Filipino", "Philippine"] },
  PS: { variants: ["State of Palestine", "Palestinian territories"], demonyms: ["Palestinian"] },
  RU: { variants: ["Russia", "Russian Federation"], demonyms: ["Russian"] },
  SA: { variants: ["Saudi", "KSA"], demonyms: ["Saudi", "Saudi Arabian"] },
  SI: { demonyms: ["Slovenian", "Slovene"] },
  ST: { variants: ["Sao Tome and Principe"], demonyms: ["Santomean"] },
  SY: { variants: ["Syrian Arab Republic"] },
  SZ: { variants: ["Swaziland", "eSwatini"] },
  TJ: { demonyms: ["Tajik", "Tajikistani"] },
  TL: { variants: ["East Timor"], demonyms: ["Timorese"] },
  TR: { variants: ["Turkey", "Turkiye", "Republic of Turkey", "Republic of Türkiye"], demonyms: ["Turkish"] },
  TW: { variants: ["Chinese Taipei", "Republic of China", "ROC"] },
  TZ: { variants: ["United Republic of Tanzania"] },
  US: {
    variants: ["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"],
    demonyms: ["American", "US"],
  },
  UZ: { demonyms: ["Uzbek", "Uzbekistani"] },
  VA: { variants: ["Holy See", "Vatican"] },
  VE: { variants: ["Bolivarian Republic of Venezuela"] },
  VN: { variants: ["Viet Nam"] },
  XK: { variants: ["Republic of Kosovo"] },
};

// Wire copy is in Latin script; native-script spellings would only bloat matching.
const LATIN_ONLY = /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u;

function unique(values: Iterable<string>, exclude: Iterable<string> = []): string[] {
  const seen = new Set([...exclude].map((value) => value.toLowerCase()));
  const out: string[] = [];
  for (const raw of values) {
    const value = raw.trim();
    if (!value || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  return out;
}

// The package writes joint demonyms as "Antiguan, Barbudan" or "Kittitian or Nevisian".
function splitDemonym(value: string | undefined): string[] {
  if (!value) return [];
  return value.split(/,\s*|\s+or\s+/);
}

/** ISO 3166-1 countries (plus Kosovo's user-assigned XK) with English names and wire-service forms. */
export function buildCountryRecords(): CountryRecord[] {
  return worldCountries
    .map((country) => {
      const code = country.cca2;
      const extra = WIRE_FORMS[code] ?? {};
      const english = country.demonyms?.eng;
      const demonyms = unique([...(extra.demonyms ?? []), ...splitDemonym(english?.m), ...splitDemonym(english?.f)]);
      const variants = unique(
        [
          ...(extra.variants ?? []),
          country.name.official,
          ...country.altSpellings.filter((spelling) => spelling !== code && LATIN_ONLY.test(spelling)),
        ],
        [country.name.common],
      );
      return {
        code,
        alpha3: country.cca3,
        name: country.name.common,
        officialName: country.name.official,
        demonyms,
        variants,
      };
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}
