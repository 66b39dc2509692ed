import { placeLexicon } from "@/lib/extraction/vocabulary/places";
import { fold } from "@/lib/extraction/vocabulary/normalize";

/**
 * The institution an office belongs to when the text does not name it: a head of government's
 * government, a minister's ministry, an ambassador's embassy. Offices whose institution varies
 * too much between countries ("Secretary", "Adviser") get none.
 */
export function deriveOrganization(title: string, country: string | null, receivingCountry: string | null): string | null {
  if (!country) return null;
  const names = placeLexicon().countryNames;
  const name = names.get(country) ?? country;
  const folded = fold(title).replace(/^the /, "");
  // China's cabinet is the State Council; its premiers and state councillors sit in it.
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
  if (portfolio && !/^(prime|deputy|state|senior|chief)$/i.test(portfolio[1]!)) return `Ministry of ${portfolio[1]} of ${name}`;
  if (/^secretary of state$/.test(folded) && country === "US") return "Department of State of the United States";
  if (/^ambassador\b/.test(folded) && receivingCountry) return `Embassy of ${name} in ${names.get(receivingCountry) ?? receivingCountry}`;
  return null;
}
