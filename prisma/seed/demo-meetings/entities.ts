import type { DemoOrganization, DemoPerson } from "@/prisma/seed/demo-meetings/types";

/** Organisations of the demo meetings, parents before children. */
export const DEMO_ORGANIZATIONS: Record<string, DemoOrganization> = {
  milliMajlis: { name: "Milli Majlis (Parliament of Azerbaijan)", countryCode: "AZ" },
  yap: { name: "New Azerbaijan Party", acronym: "YAP", countryCode: "AZ" },
  heydarAliyevFoundation: { name: "Heydar Aliyev Foundation", countryCode: "AZ" },
  cpc: { name: "Communist Party of China", acronym: "CPC", countryCode: "CN" },
  cpcCentralCommittee: { name: "Central Committee of the Communist Party of China", countryCode: "CN", parent: "cpc" },
  cpcInternationalDepartment: {
    name: "International Department of the CPC Central Committee",
    acronym: "IDCPC",
    countryCode: "CN",
    parent: "cpcCentralCommittee",
  },
  cpaffc: {
    name: "Chinese People's Association for Friendship with Foreign Countries",
    acronym: "CPAFFC",
    countryCode: "CN",
  },
  stateCouncil: { name: "State Council of China", countryCode: "CN" },
  mofcom: { name: "Ministry of Commerce of China", acronym: "MOFCOM", countryCode: "CN", parent: "stateCouncil" },
  governmentOfGeorgia: { name: "Government of Georgia", countryCode: "GE" },
  georgianEconomyMinistry: {
    name: "Ministry of Economy and Sustainable Development of Georgia",
    countryCode: "GE",
    parent: "governmentOfGeorgia",
  },
  kazakhForeignMinistry: { name: "Ministry of Foreign Affairs of Kazakhstan", countryCode: "KZ" },
  austrianForeignMinistry: {
    name: "Federal Ministry for European and International Affairs of Austria",
    acronym: "BMEIA",
    countryCode: "AT",
  },
  austrianEmbassyAstana: {
    name: "Embassy of Austria in Kazakhstan",
    countryCode: "AT",
    parent: "austrianForeignMinistry",
  },
  europeanUnion: { name: "European Union", acronym: "EU" },
  governmentOfJapan: { name: "Government of Japan", countryCode: "JP" },
  japaneseForeignMinistry: {
    name: "Ministry of Foreign Affairs of Japan",
    acronym: "MOFA",
    countryCode: "JP",
    parent: "governmentOfJapan",
  },
  governmentOfIndonesia: { name: "Government of Indonesia", countryCode: "ID" },
  indonesianForeignMinistry: {
    name: "Ministry of Foreign Affairs of Indonesia",
    acronym: "Kemlu",
    countryCode: "ID",
    parent: "governmentOfIndonesia",
  },
  parliamentOfGeorgia: { name: "Parliament of Georgia", countryCode: "GE" },
  turkishAssembly: { name: "Grand National Assembly of Türkiye", acronym: "TBMM", countryCode: "TR" },
};

export const DEMO_PEOPLE: Record<string, DemoPerson> = {
  gafarova: { name: "Sahiba Gafarova", countryCode: "AZ" },
  liuJianchao: { name: "Liu Jianchao", countryCode: "CN" },
  budagov: { name: "Tahir Budagov", countryCode: "AZ" },
  zhangWeiming: { name: "Zhang Weiming", countryCode: "CN" },
  tsiklauri: { name: "Levan Tsiklauri", countryCode: "GE" },
  wangLihua: { name: "Wang Lihua", countryCode: "CN" },
  kavtaradze: { name: "Nino Kavtaradze", countryCode: "GE" },
  nurlanov: { name: "Aibek Nurlanov", countryCode: "KZ" },
  holzner: { name: "Katharina Holzner", countryCode: "AT" },
  reisinger: { name: "Thomas Reisinger", countryCode: "AT" },
  tanabe: { name: "Hiroshi Tanabe", countryCode: "JP" },
  wirasatya: { name: "Bambang Wirasatya", countryCode: "ID" },
  arimura: { name: "Yoko Arimura", countryCode: "JP" },
  rahmawati: { name: "Siti Rahmawati", countryCode: "ID" },
  mchedlishvili: { name: "Davit Mchedlishvili", countryCode: "GE" },
  karaosmanoglu: { name: "Mehmet Karaosmanoğlu", countryCode: "TR" },
};
