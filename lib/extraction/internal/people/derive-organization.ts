import { placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";

/**
 * The institution an office belongs to when the text does not name it: a head of government's
 * government, a minister's ministry, an ambassador's embassy. Offices whose institution varies
 * too much between countries ("Secretary", "Adviser") get none.
 */
// Governments whose ministries are called departments.
const DEPARTMENT_COUNTRIES = new Set(["US", "PH"]);

function ministryOf(portfolio: string, country: string): string {
  return /^foreign( affairs)?$/i.test(portfolio) ? `Ministry of Foreign Affairs of ${country}` : `Ministry of ${portfolio} of ${country}`;
}

/** Every institution of a combined office ("Prime Minister and Minister of Foreign Affairs"). */
export function deriveOrganizations(title: string, country: string | null, receivingCountry: string | null): string[] {
  const parts = title.split(/\s+and\s+(?=(?:Deputy |First |Vice )?(?:Minister|Foreign|Secretary|Head|Chair))/);
  const found: string[] = [];
  for (const part of parts) {
    const organization = deriveOrganization(part, country, receivingCountry);
    if (organization && !found.includes(organization)) found.push(organization);
  }
  return found;
}

export function deriveOrganization(title: string, country: string | null, receivingCountry: string | null): string | null {
  if (!country) return null;
  const names = placeLexicon().countryNames;
  const name = names.get(country) ?? country;
  const folded = fold(title).replace(/^the /, "");
  // China's cabinet is the State Council; its premiers and state councillors sit in it.
  const chamber = /^(?:deputy |vice |first deputy )?(?:speaker|chairman|chairwoman|chair|president) of (?:the )?(parliament|senate|national assembly|state duma|house of representatives|majlis)$/.exec(folded);
  if (chamber) return `${title.slice(title.length - chamber[1]!.length)} of ${name}`;
  if (country === "CN" && /^(?:vice |deputy )?premier\b|^state council(?:l)?or\b/.test(folded)) return "State Council of China";
  if (/^(?:first )?(?:vice |deputy )?(?:president|prime minister|premier|(?:federal )?chancellor|head of (?:state|government))\b/.test(folded)) {
    return `Government of ${name}`;
  }
  if (/^(?:deputy |first deputy )?(?:foreign minister|minister (?:of|for) foreign affairs\b(?! and))/.test(folded) || folded === "fm") {
    return `Ministry of Foreign Affairs of ${name}`;
  }
  if (/^external affairs minister|^minister of external affairs/.test(folded)) return `Ministry of External Affairs of ${name}`;
  const ministerOf = /^(?:(federal) |deputy |first deputy )?minister (of|for) (.+)$/i.exec(title);
  if (ministerOf && !/^state\b/i.test(ministerOf[3]!)) {
    return `${ministerOf[1] ? "Federal " : ""}Ministry ${ministerOf[2]!.toLowerCase()} ${ministerOf[3]} of ${name}`;
  }
  const portfolio = /^([\p{L}-]+(?: and [\p{L}-]+)?) minister$/iu.exec(title);
  if (portfolio && !/^(prime|deputy|state|senior|chief|federal|first|acting|interim|junior|cabinet|former|union|provincial)$/i.test(portfolio[1]!)) return `Ministry of ${portfolio[1]} of ${name}`;
  if (/^secretary of state$/.test(folded) && country === "US") return "Department of State of the United States";
  // "State Secretary for Foreign Affairs" works in that ministry.
  const secretaryFor = /^(?:state |deputy |assistant |under-?|parliamentary )?secretary (?:of state )?for (.+)$/i.exec(title);
  if (secretaryFor) return ministryOf(secretaryFor[1]!, name);
  // "Defence Secretary": a department where the government has departments, else a ministry.
  const portfolioSecretary = /^([\p{L}-]+(?: [\p{L}-]+)?) secretary$/iu.exec(title);
  if (portfolioSecretary && !/^(executive|general|press|permanent|state|foreign|cabinet|chief|first|second|third)$/i.test(portfolioSecretary[1]!)) {
    return DEPARTMENT_COUNTRIES.has(country) ? `Department of ${portfolioSecretary[1]} of ${name}` : ministryOf(portfolioSecretary[1]!, name);
  }
  if (/^ambassador\b/.test(folded) && receivingCountry) return `Embassy of ${name} in ${names.get(receivingCountry) ?? receivingCountry}`;
  return null;
}
