// A comment is plain text. Shown, it is cut into pieces React renders as text: plain runs, links
// (http and https only, found in the text) and mentions (an "@Name" of a user the comment names).
// No piece is ever HTML, so nothing typed can become markup.

export type BodyPiece = { kind: "text"; text: string } | { kind: "link"; text: string; href: string } | { kind: "mention"; text: string; userId: string };

// Trailing punctuation is the sentence's, not the address's ("see https://x.example/a.").
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"]+[^\s<>".,;:!?)\]}'’”]/giu;

function linkPieces(text: string): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = safeHref(match[0]);
    if (!href) continue;
    if (match.index > last) pieces.push({ kind: "text", text: text.slice(last, match.index) });
    pieces.push({ kind: "link", text: match[0], href });
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push({ kind: "text", text: text.slice(last) });
  return pieces;
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The body cut into text, links and the mentions of `mentioned` users (longest names first). */
export function bodyPieces(body: string, mentioned: readonly { userId: string; name: string }[]): BodyPiece[] {
  const names = [...mentioned].filter((m) => m.name).sort((a, b) => b.name.length - a.name.length);
  const pieces: BodyPiece[] = [];
  let rest = body;
  while (rest.length > 0) {
    let found: { at: number; mention: (typeof names)[number] } | null = null;
    for (const mention of names) {
      const at = rest.indexOf(`@${mention.name}`);
      if (at >= 0 && (!found || at < found.at)) found = { at, mention };
    }
    if (!found) {
      pieces.push(...linkPieces(rest));
      break;
    }
    if (found.at > 0) pieces.push(...linkPieces(rest.slice(0, found.at)));
    const text = `@${found.mention.name}`;
    pieces.push({ kind: "mention", text, userId: found.mention.userId });
    rest = rest.slice(found.at + text.length);
  }
  return pieces;
}

/** Whether a body still names a user: a mention removed from the text is no mention. */
export function mentionsName(body: string, name: string): boolean {
  return name.length > 0 && body.includes(`@${name}`);
}
