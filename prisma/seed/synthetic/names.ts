/** Name parts, outlets and venues the synthetic generator draws from. Invented combinations. */

export const GIVEN_NAMES = [
  "Aibek", "Alisher", "Amina", "Anna", "Arman", "Aylin", "Bakhyt", "Bambang", "Carlos", "Chen", "Daniel", "Daria",
  "David", "Dilnoza", "Elena", "Elif", "Emre", "Farid", "Fatima", "Giorgi", "Hana", "Hassan", "Hiroshi", "Ilham",
  "Ines", "Ivan", "Jakub", "Jamal", "Javier", "Jin", "Julia", "Kamal", "Karim", "Katarzyna", "Kenji", "Khalid",
  "Laila", "Lars", "Leila", "Levan", "Li", "Lucia", "Mahmoud", "Maria", "Marco", "Mehmet", "Mikhail", "Min-jun",
  "Mohammed", "Nadia", "Nguyen", "Nikolai", "Nino", "Nur", "Olga", "Omar", "Pablo", "Pedro", "Peter", "Priya",
  "Rahul", "Rania", "Rashid", "Rustam", "Sahiba", "Samir", "Sara", "Sergei", "Shirin", "Siti", "Sofia", "Sung-ho",
  "Tahir", "Tamar", "Thomas", "Timur", "Tomasz", "Ulrike", "Vusal", "Wang", "Wei", "Yasmin", "Yoko", "Yusuf",
  "Zainab", "Zhang", "Zeynep", "Zurab", "Aigerim", "Anvar", "Bogdan", "Chiara", "Dmitri", "Emeka", "Fiona", "Gulnara",
  "Hamid", "Ingrid", "Jorge", "Kwame", "Lina", "Mateo", "Nasser", "Oksana", "Paulo", "Rafael", "Selin", "Tariq",
];

export const FAMILY_NAMES = [
  "Abdullayev", "Aliyev", "Amirov", "Andersen", "Arimura", "Bakirov", "Beridze", "Budagov", "Castro", "Chen", "Costa",
  "Demir", "Dubois", "Erdem", "Ferreira", "Fischer", "Gafarova", "Garcia", "Gelashvili", "Haddad", "Hasanov", "Holzner",
  "Huang", "Ibrahimov", "Ivanov", "Jansen", "Jung", "Kapanadze", "Karimov", "Kavtaradze", "Kim", "Kowalski", "Kuznetsov",
  "Lee", "Li", "Liu", "Lopez", "Mamedov", "Martin", "Mchedlishvili", "Moreau", "Mukhametov", "Nakamura", "Nguyen",
  "Novak", "Nurlanov", "Okafor", "Oliveira", "Ozturk", "Park", "Petrov", "Popescu", "Rahmawati", "Rashidov", "Reisinger",
  "Rossi", "Sahin", "Santos", "Sato", "Schmidt", "Seitkali", "Silva", "Singh", "Suleimenov", "Tanabe", "Tan", "Tsiklauri",
  "Usmanov", "Vasquez", "Wagner", "Wang", "Wirasatya", "Wu", "Xu", "Yamamoto", "Yildiz", "Yusupov", "Zhang", "Zhou",
  "Zhukov", "Abbasov", "Bekov", "Chkheidze", "Dzhaksybekov", "Eriksson", "Fernandes", "Gurbanov", "Horvath", "Iskakov",
  "Jovanovic", "Kaya", "Lebedev", "Mensah", "Nazarov", "Orlov", "Pham", "Qureshi", "Romanov", "Sultanov", "Tokayev",
];

/** Latin transliterations that differ between wire services, used to make realistic aliases. */
export const TRANSLITERATIONS: [RegExp, string][] = [
  [/Liu/, "Lu"], [/ov$/, "off"], [/ev$/, "eff"], [/yev/, "iev"], [/kh/, "h"], [/zh/, "j"], [/dzh/, "j"],
  [/ya/, "ia"], [/yu/, "iu"], [/sh/, "ş"], [/i$/, "y"], [/ts/, "c"], [/u/, "ou"], [/j/, "dj"], [/ei/, "ey"],
];

export const OUTLETS: { name: string; domain: string }[] = [
  { name: "Trend", domain: "en.trend.az" }, { name: "Xinhua", domain: "english.news.cn" },
  { name: "Kyodo", domain: "english.kyodonews.net" }, { name: "TASS", domain: "tass.com" },
  { name: "Reuters", domain: "reuters.com" }, { name: "Associated Press", domain: "apnews.com" },
  { name: "Agence France-Presse", domain: "afp.com" }, { name: "Anadolu Agency", domain: "aa.com.tr" },
  { name: "Kazinform", domain: "inform.kz" }, { name: "Interfax", domain: "interfax.com" },
  { name: "Yonhap", domain: "en.yna.co.kr" }, { name: "Antara", domain: "en.antaranews.com" },
  { name: "Press TV", domain: "presstv.ir" }, { name: "WAM", domain: "wam.ae" }, { name: "APA", domain: "apa.az" },
  { name: "Azertac", domain: "azertac.az" }, { name: "Georgia Today", domain: "georgiatoday.ge" },
  { name: "Agenda.ge", domain: "agenda.ge" }, { name: "Armenpress", domain: "armenpress.am" },
  { name: "UzA", domain: "uza.uz" }, { name: "Kabar", domain: "kabar.kg" }, { name: "Khovar", domain: "khovar.tj" },
  { name: "BelTA", domain: "eng.belta.by" }, { name: "Ukrinform", domain: "ukrinform.net" },
  { name: "PAP", domain: "pap.pl" }, { name: "ANSA", domain: "ansa.it" }, { name: "EFE", domain: "efe.com" },
  { name: "dpa", domain: "dpa-international.com" }, { name: "Press Trust of India", domain: "ptinews.com" },
  { name: "Bernama", domain: "bernama.com" }, { name: "Vietnam News Agency", domain: "vnanet.vn" },
  { name: "Philippine News Agency", domain: "pna.gov.ph" }, { name: "Saudi Press Agency", domain: "spa.gov.sa" },
  { name: "Qatar News Agency", domain: "qna.org.qa" }, { name: "MENA", domain: "mena.org.eg" },
  { name: "Kuna", domain: "kuna.net.kw" }, { name: "Petra", domain: "petra.gov.jo" },
  { name: "APS", domain: "aps.dz" }, { name: "MAP", domain: "mapnews.ma" }, { name: "News Agency of Nigeria", domain: "nannews.ng" },
  { name: "Kenya News Agency", domain: "kenyanews.go.ke" }, { name: "SAnews", domain: "sanews.gov.za" },
  { name: "Agência Brasil", domain: "agenciabrasil.ebc.com.br" }, { name: "Télam", domain: "telam.com.ar" },
  { name: "Prensa Latina", domain: "prensa-latina.cu" }, { name: "Canadian Press", domain: "thecanadianpress.com" },
  { name: "AAP", domain: "aap.com.au" }, { name: "Ministry of Foreign Affairs (readout)", domain: "mfa.example.org" },
  { name: "Presidential press service", domain: "president.example.org" },
  { name: "Parliamentary press service", domain: "parliament.example.org" },
];

/** Multilateral venues for meetings on the sidelines. */
export const VENUES: { event: string; place: string; countryCode: string }[] = [
  { event: "the UN General Assembly", place: "New York", countryCode: "US" },
  { event: "the Munich Security Conference", place: "Munich", countryCode: "DE" },
  { event: "the SCO summit", place: "Astana", countryCode: "KZ" },
  { event: "the OSCE Ministerial Council", place: "Vienna", countryCode: "AT" },
  { event: "the G20 summit", place: "Rio de Janeiro", countryCode: "BR" },
  { event: "the ASEAN Regional Forum", place: "Vientiane", countryCode: "LA" },
  { event: "the African Union summit", place: "Addis Ababa", countryCode: "ET" },
  { event: "COP29", place: "Baku", countryCode: "AZ" },
  { event: "the Antalya Diplomacy Forum", place: "Antalya", countryCode: "TR" },
  { event: "the BRICS summit", place: "Kazan", countryCode: "RU" },
  { event: "the World Economic Forum", place: "Davos", countryCode: "CH" },
  { event: "the NATO summit", place: "Brussels", countryCode: "BE" },
  { event: "the Raisina Dialogue", place: "New Delhi", countryCode: "IN" },
  { event: "the Shangri-La Dialogue", place: "Singapore", countryCode: "SG" },
  { event: "the Organization of Turkic States summit", place: "Bishkek", countryCode: "KG" },
];

export const INTERNATIONAL_ORGANIZATIONS: { name: string; acronym: string }[] = [
  { name: "United Nations", acronym: "UN" }, { name: "European Union", acronym: "EU" },
  { name: "North Atlantic Treaty Organization", acronym: "NATO" },
  { name: "Organization for Security and Co-operation in Europe", acronym: "OSCE" },
  { name: "Shanghai Cooperation Organisation", acronym: "SCO" },
  { name: "Association of Southeast Asian Nations", acronym: "ASEAN" }, { name: "African Union", acronym: "AU" },
  { name: "Organization of Turkic States", acronym: "OTS" }, { name: "Commonwealth of Independent States", acronym: "CIS" },
  { name: "Collective Security Treaty Organization", acronym: "CSTO" }, { name: "Eurasian Economic Union", acronym: "EAEU" },
  { name: "Gulf Cooperation Council", acronym: "GCC" }, { name: "League of Arab States", acronym: "LAS" },
  { name: "Organisation of Islamic Cooperation", acronym: "OIC" }, { name: "World Bank", acronym: "WB" },
  { name: "International Monetary Fund", acronym: "IMF" }, { name: "Asian Development Bank", acronym: "ADB" },
  { name: "European Bank for Reconstruction and Development", acronym: "EBRD" },
  { name: "International Atomic Energy Agency", acronym: "IAEA" }, { name: "World Trade Organization", acronym: "WTO" },
  { name: "Council of Europe", acronym: "CoE" }, { name: "Organization of American States", acronym: "OAS" },
  { name: "Economic Cooperation Organization", acronym: "ECO" }, { name: "BRICS New Development Bank", acronym: "NDB" },
];

export const MONTHS = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
