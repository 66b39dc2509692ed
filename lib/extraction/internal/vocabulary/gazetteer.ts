import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

/**
 * Cities of the world with their countries, from the city-timezones package (Natural Earth's
 * populated places: about 7,300 cities with an ISO code and population). It has no alternate
 * names, so the few spellings wire copy uses beside the package's are listed here.
 *
 * Read from node_modules with fs on first use, so no bundler copies its 1.9 MB into a server
 * chunk; nothing a client component imports reaches this file. Without the file, extraction
 * falls back to the capitals and the cities in places.ts.
 */
export interface GazetteerCity {
  name: string;
  country: string;
  population: number;
}

interface PackageCity {
  city: string;
  city_ascii?: string;
  iso2: string;
  pop?: number;
}

/** Other names for a city in the package, as wire copy writes them. */
const ALTERNATE_NAMES: Record<string, string> = {
  Kiev: "Kyiv",
  "Nur-Sultan": "Astana",
  "Kuwait City": "Kuwait",
  Washington: "Washington, D.C.",
  "Washington DC": "Washington, D.C.",
  "Ulan Bator": "Ulaanbaatar",
  Rangoon: "Yangon",
  Bombay: "Mumbai",
  Calcutta: "Kolkata",
  Madras: "Chennai",
  Peking: "Beijing",
  Saigon: "Ho Chi Minh City",
  "Vatican": "Vatican City",
  Alma: "Almaty",
};

let cached: Map<string, GazetteerCity> | null = null;

function packageFile(): string | null {
  const file = path.join(process.cwd(), "node_modules", "city-timezones", "data", "cityMap.json");
  return existsSync(file) ? file : null;
}

/** Folded name → the most populous city of that name. Built once, on first use. */
export function gazetteer(): Map<string, GazetteerCity> {
  if (cached) return cached;
  const cities = new Map<string, GazetteerCity>();
  const file = packageFile();
  const rows: PackageCity[] = file ? (JSON.parse(readFileSync(file, "utf8")) as PackageCity[]) : [];
  for (const row of rows) {
    if (!row.city || !/^[A-Z]{2}$/.test(row.iso2 ?? "")) continue;
    const city: GazetteerCity = { name: row.city, country: row.iso2, population: Math.round(row.pop ?? 0) };
    for (const name of new Set([row.city, row.city_ascii ?? row.city])) {
      const key = fold(name);
      const known = cities.get(key);
      if (!known || known.population < city.population) cities.set(key, city);
    }
  }
  for (const [alternate, name] of Object.entries(ALTERNATE_NAMES)) {
    const city = cities.get(fold(name));
    // Named deliberately, so found whatever its population.
    if (city && !cities.has(fold(alternate))) cities.set(fold(alternate), { ...city, population: Number.MAX_SAFE_INTEGER });
  }
  cached = cities;
  return cities;
}

/** A city by its folded name, at least `minPopulation` strong (small towns share names with words). */
export function findGazetteerCity(folded: string, minPopulation = 0): GazetteerCity | null {
  const key = folded.replace(/\s+/g, " ");
  // "Pasay City", "Kuwait City": the package often names the city without the word.
  const city = gazetteer().get(key) ?? gazetteer().get(key.replace(/ city$/, ""));
  return city && city.population >= minPopulation ? city : null;
}
