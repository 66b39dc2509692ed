// What a search string asks for, read before it reaches PostgreSQL. websearch_to_tsquery already
// accepts any text (unbalanced quotes, stray operators, `' OR 1=1--` are just words to it), so
// this only decides what to refuse or add: a search of only exclusions (`-Russia`) cannot use the
// index and would read every meeting; punctuation alone (`%`, `_`) matches nothing.

export type SearchTextCheck =
  | { ok: true; words: string[]; plain: boolean; phrases: boolean; excludes: boolean }
  | { ok: false; message: string };

/** Words the search looks for (not excluded, not `OR`), accents and case kept as typed. */
export function checkSearchText(q: string): SearchTextCheck {
  const tokens: { text: string; excluded: boolean; quoted: boolean }[] = [];
  // A phrase is "…", an unbalanced quote runs to the end; otherwise split on spaces.
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const match of q.matchAll(pattern)) {
    if (match[2] !== undefined) tokens.push({ text: match[2], excluded: match[1] === "-", quoted: true });
    else if (match[3]) {
      const word = match[3];
      tokens.push({ text: word.replace(/^-+/, ""), excluded: word.startsWith("-") && word.length > 1, quoted: false });
    }
  }
  const words = tokens
    .filter((token) => !token.excluded && token.text !== "OR")
    .flatMap((token) => token.text.split(/[^\p{L}\p{N}]+/u))
    .filter((word) => word.length > 0);
  if (words.length === 0) {
    return tokens.some((token) => token.excluded)
      ? { ok: false, message: "Add a word to look for: a search cannot only exclude words." }
      : { ok: false, message: "Search for words or names: punctuation alone matches nothing." };
  }
  const plain = tokens.every((token) => !token.excluded && !token.quoted && token.text !== "OR");
  const phrases = tokens.some((token) => token.quoted && /[\p{L}\p{N}][^\p{L}\p{N}]+[\p{L}\p{N}]/u.test(token.text));
  return { ok: true, words, plain, phrases, excludes: tokens.some((token) => token.excluded) };
}
