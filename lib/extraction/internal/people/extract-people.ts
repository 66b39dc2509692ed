import type { LexicalView } from "@/lib/extraction/internal/text/lexical";
import type { Evidence } from "@/lib/extraction/types";
import { evidenceOf } from "@/lib/extraction/internal/text/evidence";
import { findNameRuns, type NameRun } from "@/lib/extraction/internal/people/find-names";
import { titleAfter, titleBefore, type TitleSpan } from "@/lib/extraction/internal/people/titles";
import { deriveOrganizations } from "@/lib/extraction/internal/people/derive-organization";
import { findOrganizationPhrases } from "@/lib/extraction/internal/organizations/phrases";
import { fold } from "@/lib/extraction/internal/vocabulary/normalize";
import { placeLexicon } from "@/lib/extraction/internal/vocabulary/places";
import { tookPart } from "@/lib/extraction/internal/people/participation";
import { isAbsent } from "@/lib/extraction/internal/people/absent";

/** A person as the rules see them, before they become a suggestion. */
export interface PersonDraft {
  name: string;
  key: string[];
  run: NameRun;
  title: TitleSpan | null;
  country: string | null;
  organization: string | null;
  organizationInferred: boolean;
  organizationEvidence: Evidence | null;
  /** Institutions of the office not named in the text, for the organisations list. */
  inferredOrganizations: string[];
  ledDelegation: boolean;
  counterpart: boolean;
  participant: boolean;
  aliases: { name: string; evidence: Evidence }[];
  evidence: Evidence;
  order: number;
}

export interface PeopleContext {
  /** Token index where the body starts (after the dateline). */
  bodyStart: number;
  /** Sentences up to this index are the lead: everyone named there took part. */
  leadSentence: number;
  /**
   * Country to assume for an official the text names by office alone: the country of the
   * national agency credited (lib/extraction/internal/vocabulary/agencies.ts). Never the meeting place's.
   */
  fallbackCountry: string | null;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, k) => k);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

function nameKey(name: string): string[] {
  return fold(name)
    .replace(/[-.'’]/g, " ")
    .split(/\s+/)
    .filter(Boolean);
}

/** "Lu Jianchao" and "Liu Jianchao": same length, one word off by a letter or two. */
function samePerson(a: string[], b: string[]): boolean {
  if (a.join(" ") === b.join(" ")) return true;
  if (a.length !== b.length || a.length < 2) return false;
  let differences = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (++differences > 1 || editDistance(a[i]!, b[i]!) > 2 || Math.min(a[i]!.length, b[i]!.length) < 2) return false;
  }
  return true;
}

const INTERNATIONAL =
  /\b(?:European (?:Union|Commission|Council|Parliament)|United Nations|UN|NATO|African Union|ASEAN|OSCE|Shanghai Cooperation|Commonwealth of Independent States|World Bank|International Monetary Fund|IMF|Arab League|League of Arab States|Gulf Cooperation Council|GCC|Organi[sz]ation (?:of|for)|Secretary-General)\b/;

const PLURAL_OFFICE = /\b(?:ministers|presidents|leaders|speakers|chairmen|ambassadors|envoys|secretaries|heads)$/i;

const MEETING_WITH = /\b(?:met|meets|meeting|hosted|hosts|received|receives|receiving|talks|joined by|courtesy call|phone call|call from|spoke (?:with|to)|conversation with)\b/i;
/**
 * "… after receiving a courtesy call from Brunei's <title> X", "also met with <title> Y", "spoke
 * with his Australian counterpart, <title> Z".
 */
const MET_BEFORE = /\b(?:from|with|met|received|receiving|hosted)(?:\s+(?:his|her|their)(?:\s+[\p{L}.-]+)?\s+counterparts?\s*,?|\s+\p{Lu}[\p{L}.-]*['’]s)?\s*$/iu;

const SIDE_PHRASE = /\b(?:on|from) the (\p{L}+) side\b|\bthe (\p{L}+) (?:delegation|side)\b/u;

export function extractPeople(view: LexicalView, context: PeopleContext): PersonDraft[] {
  const { doc } = view;
  const { tokens, sentences } = doc;
  const lexicon = placeLexicon();
  const { full, short } = findNameRuns(view, context.bodyStart);
  const personTokens = new Set<number>();
  for (const run of full) for (let i = run.first; i <= run.last; i++) personTokens.add(i);

  const people: PersonDraft[] = [];
  const mentionsOf = new Map<PersonDraft, NameRun[]>();
  let lastTitled: PersonDraft | null = null;
  let pluralTitle: { title: TitleSpan; sentence: number } | null = null;

  for (const run of full) {
    const key = nameKey(run.name);
    let before = titleBefore(view, run.first, personTokens);
    const after = titleAfter(view, run.last);
    // "Prince Rakan …, Crown Prince and Prime Minister,": the office is the one after the name.
    if (before && after && /^(?:prince|princess)$/i.test(before.text)) before = null;
    const title = before ?? after;
    const titleStart = before ? before.first : run.first;
    const sentenceIndex = tokens[run.first]!.sentence;
    const sentence = sentences[sentenceIndex]!;

    const existing = people.find((person) => samePerson(person.key, key));
    if (existing) {
      if (existing.key.join(" ") !== key.join(" ") && !existing.aliases.some((alias) => alias.name === run.name)) {
        existing.aliases.push({ name: run.name, evidence: evidenceOf(doc.text, tokens[run.first]!.start, tokens[run.last]!.end) });
      }
      mentionsOf.get(existing)!.push(run);
      if (!existing.title && title) existing.title = title;
      continue;
    }

    // "his Japanese counterpart Emi Kawaguchi": the counterpart holds the same office. "his
    // Australian counterpart, Defence Minister Tom …": the counterpart word is before the title.
    let beforePhrase = titleStart - 1;
    while (beforePhrase > 0 && (view.classes[beforePhrase] === "honorific" || tokens[beforePhrase]!.text === ",")) beforePhrase--;
    const counterpartAt = /^counterparts?$/.test(tokens[beforePhrase]?.folded ?? "") ? beforePhrase : -1;
    const counterpart = counterpartAt >= 0;
    let country = title?.country ?? null;
    let inheritedTitle: TitleSpan | null = null;
    if (counterpart) {
      country ??= view.countryAt[counterpartAt - 1]?.code ?? null;
      if (!title && lastTitled?.title) {
        // Every foreign-affairs office ("External Affairs Minister") has a foreign minister as counterpart.
        const foreign = /^(?:external affairs minister|foreign minister|minister (?:of|for) (?:foreign|external) affairs|fm)$/i.test(lastTitled.title.text);
        inheritedTitle = { ...lastTitled.title, text: foreign ? "Foreign Minister" : lastTitled.title.text, country };
      }
    }
    // "a delegation from China, led by …", "a delegation of the Grand National Assembly of
    // Türkiye headed by …".
    const by = tokens[titleStart - 1]?.folded === "by" ? titleStart - 1 : -1;
    const ledDelegation = by >= 0 && /^(led|headed|chaired)$/.test(tokens[by - 1]?.folded ?? "");
    let delegationOrganization: { name: string; evidence: Evidence } | null = null;
    if (ledDelegation) {
      for (let k = by - 2; k >= sentence.first; k--) {
        if (!/^delegations?$/.test(tokens[k]!.folded)) continue;
        const phrase = findOrganizationPhrases(view, k + 1, Math.min(by - 2, k + 14))[0];
        if (phrase) {
          delegationOrganization = { name: doc.text.slice(phrase.start, phrase.end), evidence: evidenceOf(doc.text, phrase.start, phrase.end) };
        }
        const mention = view.mentions.find((m) => m.first > k && m.first < by);
        country ??= mention?.code ?? null;
        break;
      }
    }
    // "Jeyhun Mammadli of Azerbaijan", "President Nurlan … of the Kyrgyz Republic".
    const ofAt = tokens[run.last + 2]?.folded === "the" ? run.last + 3 : run.last + 2;
    const of = tokens[run.last + 1]?.folded === "of" ? view.countryAt[ofAt] : undefined;
    if (!country && of && of.first === ofAt) country = of.code;
    // "Foreign ministers A of X, B of Y and C of Z": each holds the office named in the plural.
    if (!title && pluralTitle && pluralTitle.sentence === sentenceIndex) inheritedTitle = { ...pluralTitle.title, country };
    // "accompanied by …": the companion is on the side of whoever they accompany, named in the
    // sentence or by office ("The President was accompanied by …").
    if (!country && /^(accompanied|joined)$/.test(tokens[titleStart - 2]?.folded ?? "") && tokens[titleStart - 1]?.folded === "by") {
      const companion = [...people].reverse().find((p) => tokens[p.run.first]!.sentence === sentenceIndex && p.country);
      // "Villalba was accompanied by …", "The President was accompanied by …".
      const subject = /(?:^|[,;] )(?:the )?([\p{L} .'’-]+?) (?:was|were|is) (?:accompanied|joined)\b/iu.exec(sentence.text)?.[1]?.toLowerCase();
      const bySubject = subject
        ? people.find((p) => p.country && (p.title?.text.toLowerCase() === subject || p.key.at(-1) === fold(subject) || p.key.join(" ") === fold(subject)))
        : undefined;
      country = companion?.country ?? bySubject?.country ?? null;
    }
    // "Mirzayev's delegation included …".
    const owner = /(\p{Lu}[\p{L}-]+)['’]s (?:delegation|side|team)\b/u.exec(sentence.text);
    if (!country && owner) {
      const word = fold(owner[1]!);
      country = people.find((p) => p.key.at(-1) === word || p.key[0] === word)?.country ?? null;
    }
    if (!country) {
      const side = SIDE_PHRASE.exec(sentence.text);
      const form = side ? lexicon.countries.get(fold(side[1] ?? side[2] ?? "")) : undefined;
      if (form) country = form.code;
    }

    const effectiveTitle = title ?? inheritedTitle;
    if (title && PLURAL_OFFICE.test(title.text)) {
      // The office of one person: "Foreign ministers" → "Foreign Minister".
      const single = title.text.replace(/(\S+)s$/, (_, word: string) => word.charAt(0).toUpperCase() + word.slice(1)).replace(/^\p{Ll}/u, (c) => c.toUpperCase());
      pluralTitle = { title: { ...title, text: single, country: null }, sentence: sentenceIndex };
      effectiveTitle!.text = single;
    }
    let titleText = effectiveTitle?.text ?? null;
    let organization: string | null = null;
    let organizationEvidence: Evidence | null = null;
    let organizationInferred = false;
    if (title) {
      const phrases = findOrganizationPhrases(view, title.first, title.last, personTokens);
      const phrase = phrases[phrases.length - 1];
      if (phrase) {
        organization = doc.text.slice(phrase.start, phrase.end);
        organizationEvidence = evidenceOf(doc.text, phrase.start, phrase.end);
      }
    }
    if (!organization && !before && title) {
      // "…, Assistant Undersecretary for Trade at the Ministry of Economy."
      let k = title.last + 1;
      if (/^(at|of|in)$/.test(tokens[k]?.folded ?? "")) {
        k++;
        if (tokens[k]?.folded === "the") k++;
        const phrase = findOrganizationPhrases(view, k, Math.min(tokens.length - 1, k + 12)).find((p) => p.first === k);
        if (phrase) {
          organization = doc.text.slice(phrase.start, phrase.end);
          organizationEvidence = evidenceOf(doc.text, phrase.start, phrase.end);
        }
      }
    }
    if (!organization && delegationOrganization) {
      organization = delegationOrganization.name;
      organizationEvidence = delegationOrganization.evidence;
      // "headed by Deputy Speaker …" of that delegation's assembly.
      if (titleText && !/\b(of|for)\b/i.test(titleText)) titleText = `${titleText} of the ${organization.replace(/^the /i, "")}`;
    }
    // "Dutch Minister of Defence X and State Secretary Y": the second of a pair shares the first's country.
    const previous = people.at(-1);
    if (!country && previous?.country && tokens[titleStart - 1]?.folded === "and" && tokens[titleStart - 2] && previous.run.last === titleStart - 2) {
      country = previous.country;
    }
    // Officials of international bodies ("European Commission President") belong to no country
    // unless the text says so; the host's country would be wrong for them.
    const international = INTERNATIONAL.test(`${organization ?? ""} ${titleText ?? ""}`);
    if (!international) country ??= context.fallbackCountry;
    const spanStart = Math.min(tokens[titleStart]!.start, tokens[run.first]!.start);
    const spanEnd = Math.max(tokens[run.last]!.end, title ? tokens[title.last]!.end : 0);
    let inferredOrganizations: string[] = [];
    if (titleText) {
      // "to the Kingdom", "to the country": the host.
      const receiving = title ? receivingCountry(view, title) ?? (/\bto the\b/.test(titleText) ? context.fallbackCountry : null) : null;
      inferredOrganizations = deriveOrganizations(titleText, country, receiving !== country ? receiving : null);
      if (!organization && inferredOrganizations[0]) {
        organization = inferredOrganizations[0];
        organizationInferred = true;
        organizationEvidence = title ? evidenceOf(doc.text, tokens[title.first]!.start, tokens[title.last]!.end) : evidenceOf(doc.text, spanStart, spanEnd);
      }
    }
    const person: PersonDraft = {
      name: run.name,
      key,
      run,
      title: effectiveTitle ? { ...effectiveTitle, text: titleText ?? effectiveTitle.text } : null,
      country,
      organization,
      organizationInferred,
      organizationEvidence,
      inferredOrganizations,
      ledDelegation,
      counterpart,
      participant: false,
      aliases: [],
      evidence: evidenceOf(doc.text, spanStart, spanEnd),
      order: people.length,
    };
    people.push(person);
    mentionsOf.set(person, [run]);
    if (person.title) lastTitled = person;
  }

  // Short references ("Zhang said", "Speaker Gafarova stressed") count as mentions.
  for (const run of short) {
    const word = nameKey(run.name).at(-1)!;
    const person = people.find((p) => p.key.at(-1) === word || p.key[0] === word);
    if (person) mentionsOf.get(person)!.push(run);
  }

  const present = (run: NameRun) => !isAbsent(view, run, personTokens, tokens[run.first]!.sentence <= context.leadSentence);
  for (const person of people) {
    // A spokesperson quoted on a meeting reports it; they did not take part.
    if (/\bspokes(?:man|woman|person)\b|\bpress secretary\b/i.test(person.title?.text ?? "")) continue;
    person.participant = mentionsOf.get(person)!.some((run) => present(run) && tookPart(view, run, context));
  }
  // "X hosted the talks with Y and Z": named beside a participant in a sentence about meeting.
  for (const person of people) {
    if (person.participant || /\bspokes(?:man|woman|person)\b/i.test(person.title?.text ?? "")) continue;
    person.participant = mentionsOf.get(person)!.some((run) => {
      const sentence = tokens[run.first]!.sentence;
      if (!MEETING_WITH.test(sentences[sentence]!.text) || !present(run)) return false;
      const titleStart = run === person.run && person.title && person.title.first < run.first ? person.title.first : run.first;
      if (MET_BEFORE.test(doc.text.slice(sentences[sentence]!.start, tokens[titleStart]!.start))) return true;
      return people.some((other) => other.participant && mentionsOf.get(other)!.some((r) => tokens[r.first]!.sentence === sentence && r.first < run.first));
    });
  }
  return people;
}

/** The country an ambassador is sent to: "Ambassador of Austria to Kazakhstan". */
function receivingCountry(view: LexicalView, title: TitleSpan): string | null {
  for (let i = title.first; i <= title.last; i++) {
    if (view.doc.tokens[i]!.folded !== "to") continue;
    const mention = view.countryAt[i + 1] ?? (view.doc.tokens[i + 1]?.folded === "the" ? view.countryAt[i + 2] : undefined);
    if (mention) return mention.code;
  }
  return null;
}
