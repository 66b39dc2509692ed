import { buildCountryRecords, worldCountries } from "@/lib/countries/vocabulary";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { findGazetteerCity } from "@/lib/extraction/internal/vocabulary/gazetteer";


export interface CountryForm {
  code: string;
  /** "name" for names and variants, "demonym" for adjectives ("Azerbaijani", "Kazakh"). */
  form: "name" | "demonym";
}

/**
 * Cities that are not capitals but where diplomacy happens often enough to head a dateline.
 * Capitals come from the country data; this list only adds the rest.
 */
const OTHER_CITIES: Record<string, string> = {
  Astana: "KZ", Almaty: "KZ", Aktau: "KZ", Shymkent: "KZ", Istanbul: "TR", Antalya: "TR", Izmir: "TR",
  "New York": "US", "Los Angeles": "US", "San Francisco": "US", Chicago: "US", Geneva: "CH", Davos: "CH",
  Zurich: "CH", "St. Petersburg": "RU", "Saint Petersburg": "RU", Sochi: "RU", Kazan: "RU", Vladivostok: "RU",
  Yekaterinburg: "RU", Shanghai: "CN", Guangzhou: "CN", Shenzhen: "CN", Xiamen: "CN", Hangzhou: "CN",
  Tianjin: "CN", Boao: "CN", Munich: "DE", Frankfurt: "DE", Hamburg: "DE", Bonn: "DE", Dubai: "AE",
  Sharjah: "AE", Jeddah: "SA", Dammam: "SA", Mecca: "SA", Medina: "SA", Mumbai: "IN", Chennai: "IN",
  Kolkata: "IN", Bengaluru: "IN", Hyderabad: "IN", Karachi: "PK", Lahore: "PK", Gwadar: "PK",
  Osaka: "JP", Kyoto: "JP", Hiroshima: "JP", Yokohama: "JP", Busan: "KR", Incheon: "KR", Samarkand: "UZ",
  Bukhara: "UZ", Ganja: "AZ", Shusha: "AZ", Batumi: "GE", Kutaisi: "GE", Alexandria: "EG",
  "Sharm el-Sheikh": "EG", Lagos: "NG", Johannesburg: "ZA", "Cape Town": "ZA", Durban: "ZA",
  Casablanca: "MA", Marrakech: "MA", Tangier: "MA", "Rio de Janeiro": "BR", "São Paulo": "BR",
  Sydney: "AU", Melbourne: "AU", Toronto: "CA", Montreal: "CA", Vancouver: "CA", Milan: "IT",
  Barcelona: "ES", Strasbourg: "FR", Lyon: "FR", Marseille: "FR", Nice: "FR", "The Hague": "NL",
  "Ho Chi Minh City": "VN", "Da Nang": "VN", Bali: "ID", Surabaya: "ID", Chittagong: "BD", Erbil: "IQ",
  Basra: "IQ", Tabriz: "IR", Mashhad: "IR", Isfahan: "IR", Odesa: "UA", Lviv: "UA", Kharkiv: "UA",
  Krakow: "PL", Gdansk: "PL", Thessaloniki: "GR", Salalah: "OM", Herat: "AF", "Mazar-i-Sharif": "AF",
  Aqaba: "JO", Benghazi: "LY", Mombasa: "KE", Zanzibar: "TZ", "Dar es Salaam": "TZ", Abidjan: "CI",
  Douala: "CM", Washington: "US", "Washington D.C.": "US", "Washington, D.C.": "US", "Nur-Sultan": "KZ",
};

/** Adjectives wire copy uses that the country data lacks. */
const EXTRA_DEMONYMS: Record<string, string[]> = { NP: ["Nepali"], LK: ["Sri Lankan"], BN: ["Bruneian"], VA: ["Vatican"] };

export interface PlaceLexicon {
  /** Folded country name, variant or demonym → country. */
  countries: Map<string, CountryForm>;
  /** Longest country form in words, to bound look-ups. */
  maxCountryWords: number;
  /** First words of every country form: a token that is none of these starts no country. */
  countryFirstWords: Set<string>;
  /** Folded city name → its display name and country. */
  cities: Map<string, { name: string; country: string }>;
  maxCityWords: number;
  /** ISO code → common English name. */
  countryNames: Map<string, string>;
}

let cached: PlaceLexicon | null = null;

function wordCount(value: string): number {
  return value.split(/\s+/).length;
}

/** The country, demonym and city vocabulary, built once from Parley's country data. */
export function placeLexicon(): PlaceLexicon {
  if (cached) return cached;
  const countries = new Map<string, CountryForm>();
  const countryNames = new Map<string, string>();
  let maxCountryWords = 1;
  // Where two countries share a form ("Dutch": the Netherlands and Caribbean Netherlands), the
  // sovereign state keeps it.
  const independent = new Set(worldCountries.filter((country) => country.independent).map((country) => country.cca2));
  const records = buildCountryRecords().sort((a, b) => Number(independent.has(b.code)) - Number(independent.has(a.code)));
  for (const record of records) {
    countryNames.set(record.code, record.name);
    const names = [record.name, record.officialName, ...record.variants];
    for (const name of names) {
      // Comma forms ("Korea, Republic of") are catalogue entries, never wire prose.
      if (name.includes(",")) continue;
      if (!countries.has(fold(name))) countries.set(fold(name), { code: record.code, form: "name" });
      maxCountryWords = Math.max(maxCountryWords, wordCount(name));
    }
    for (const demonym of [...record.demonyms, ...(EXTRA_DEMONYMS[record.code] ?? [])]) {
      if (!countries.has(fold(demonym))) countries.set(fold(demonym), { code: record.code, form: "demonym" });
    }
  }
  const cities = new Map<string, { name: string; country: string }>();
  let maxCityWords = 1;
  for (const country of worldCountries) {
    for (const capital of country.capital ?? []) {
      cities.set(fold(capital), { name: capital, country: country.cca2 });
      maxCityWords = Math.max(maxCityWords, wordCount(capital));
    }
  }
  for (const [name, code] of Object.entries(OTHER_CITIES)) {
    cities.set(fold(name), { name, country: code });
    maxCityWords = Math.max(maxCityWords, wordCount(name));
  }
  const countryFirstWords = new Set([...countries.keys()].map((key) => key.split(" ")[0]!));
  cached = { countries, maxCountryWords, countryFirstWords, cities, maxCityWords, countryNames };
  return cached;
}

/**
 * A city by its folded name: the capitals and the cities above first (their spellings are the
 * ones analysts file under), then the gazetteer's cities of at least `minPopulation`.
 */
export function findCity(folded: string, minPopulation = 0): { name: string; country: string } | null {
  const known = placeLexicon().cities.get(folded);
  if (known) return known;
  const city = findGazetteerCity(folded, minPopulation);
  return city ? { name: city.name, country: city.country } : null;
}
