/**
 * National news agencies and the country each reports for. A national agency names its own
 * country's officials by office alone ("External Affairs Minister Arvind …" in IANS copy) and
 * qualifies every foreigner ("his Nepal counterpart", "U.S. Secretary …"), so the credit says
 * whose an unqualified office is. Where the meeting took place says nothing of the kind (a
 * Chinese agency reports from Washington, a Nepali one from New Delhi). International agencies
 * (AFP, Reuters, AP) are not listed: their copy qualifies everyone.
 */
const AGENCIES: [RegExp, string][] = [
  [/\bXinhua\b/, "CN"],
  [/\b(?:IANS|PTI|ANI|Press Trust of India)\b/, "IN"],
  [/\b(?:Anadolu|AA)\b/, "TR"],
  [/\b(?:TASS|RIA Novosti|Interfax)\b/, "RU"],
  [/\b(?:Kyodo|KYODO|Jiji)\b/, "JP"],
  [/\bYonhap\b/, "KR"],
  [/\bKUNA\b/, "KW"],
  [/\bWAM\b/, "AE"],
  [/\bSPA\b/, "SA"],
  [/\bQNA\b/, "QA"],
  [/\bBNA\b/, "BH"],
  [/\bONA\b/, "OM"],
  [/\b(?:MENA|Ahram)\b/, "EG"],
  [/\bAPP\b/, "PK"],
  [/\bBSS\b/, "BD"],
  [/\bRSS\b/, "NP"],
  [/\b(?:Kazinform|KAZINFORM)\b/, "KZ"],
  [/\b(?:AZERTAC|Azertac|APA|Trend)\b/, "AZ"],
  [/\b(?:UzA|UzDaily|Dunyo)\b/, "UZ"],
  [/\bKabar\b/, "KG"],
  [/\bKhovar\b/, "TJ"],
  [/\bBelTA\b/, "BY"],
  [/\bUkrinform\b/, "UA"],
  [/\b(?:IRNA|ISNA|Mehr)\b/, "IR"],
  [/\b(?:Bernama|BERNAMA)\b/, "MY"],
  [/\bAntara\b/, "ID"],
  [/\b(?:PNA|Philippine News Agency)\b/, "PH"],
  [/\b(?:VNA|Vietnam News Agency)\b/, "VN"],
  [/\bENA\b/, "ET"],
  [/\bMAP\b/, "MA"],
  [/\bAPS\b/, "DZ"],
  [/\bSANA\b/, "SY"],
  [/\bPetra\b/, "JO"],
  [/\bMontsame\b/, "MN"],
  [/\bCNA\b/, "TW"],
  [/\bVatican News\b/, "VA"],
  [/\b(?:ANSA)\b/, "IT"],
  [/\bPAP\b/, "PL"],
  [/\bAgerpres\b/i, "RO"],
  [/\bArmenpress\b/, "AM"],
  [/\bInterPressNews\b/, "GE"],
  // Ministries that publish their own readouts, by the name on the page.
  [/\bForeign,? Commonwealth (?:&|and) Development Office\b|\bFCDO\b/, "GB"],
  [/\bDepartment of Foreign Affairs and Trade\b|\bDFAT\b/, "AU"],
  [/\bOffice of the Spokesperson\b|\bOFFICE OF THE SPOKESPERSON\b|\bU\.S\. Department of State\b/, "US"],
  [/\bGlobal Affairs Canada\b/, "CA"],
];

function firstCredit(text: string, from: number, to: number): { code: string; start: number; end: number } | null {
  const window = text.slice(from, to);
  let best: { code: string; start: number; end: number } | null = null;
  for (const [pattern, code] of AGENCIES) {
    const match = pattern.exec(window);
    if (match && (!best || from + match.index < best.start)) best = { code, start: from + match.index, end: from + match.index + match[0].length };
  }
  return best;
}

/**
 * The agency or ministry credited for the item, and the country it reports for: on the page
 * above the item, in the dateline, or in the sign-off ("--IANS", "(END)"). An agency quoted in
 * the body ("told Xinhua") is not the item's.
 */
export function findAgency(text: string, item: { start: number; end: number }): { code: string; start: number; end: number } | null {
  const firstLineEnd = text.indexOf("\n", item.start);
  const datelineEnd = Math.min(item.end, item.start + 160, firstLineEnd < 0 ? item.end : firstLineEnd);
  const body = text.slice(item.start, item.end).trimEnd();
  const lastLine = body.slice(body.lastIndexOf("\n") + 1);
  // A sign-off is a short last line: "--IANS", "(END)", "PTI RR ANU".
  const signOff = lastLine.trim().split(/\s+/).length <= 6 ? item.start + body.length - lastLine.length : item.end;
  return firstCredit(text, 0, item.start) ?? firstCredit(text, item.start, datelineEnd) ?? firstCredit(text, signOff, item.end);
}
