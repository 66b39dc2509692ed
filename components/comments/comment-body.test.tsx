import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CommentBody } from "@/components/comments/comment-body";
import { HOSTILE_STRINGS } from "@/lib/testing/hostile-input";

const render = (body: string, mentions: { userId: string; name: string }[] = []) => renderToStaticMarkup(<CommentBody body={body} mentions={mentions} />);

describe("a comment's text", () => {
  it.each(HOSTILE_STRINGS)("shows %j as text: no element but the paragraph and http(s) links", (hostile) => {
    const html = render(hostile);
    expect(new Set(html.match(/<[a-z]+/g))).toEqual(new Set(html.includes("<a ") ? ["<p", "<a"] : ["<p"]));
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
    // Text is escaped, so every "<…>" left is an element React made: none has an event handler.
    for (const [tag] of html.matchAll(/<[^>]+>/g)) expect(tag).not.toMatch(/\son[a-z]+=/);
  });

  it("links only http and https addresses, in a new tab with rel=noopener nofollow, leaving the sentence's full stop out", () => {
    const html = render("See https://example.org/a?b=1&c=2. Not javascript:alert(1) nor ftp://example.org/x.");
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer nofollow"');
    expect(html).toContain(">https://example.org/a?b=1&amp;c=2</a>. Not javascript:alert(1) nor ftp://example.org/x.");
    expect(html.match(/<a /g)).toHaveLength(1);
  });

  it("marks the mentions of users the comment names, longest name first, and not a name it does not", () => {
    const html = render("@Rena Reviewer and @Rena, not @Someone", [
      { userId: "a", name: "Rena" },
      { userId: "b", name: "Rena Reviewer" },
    ]);
    expect(html.match(/<span[^>]*>[^<]*<\/span>/g)?.map((span) => span.replace(/<[^>]+>/g, ""))).toEqual(["@Rena Reviewer", "@Rena"]);
    expect(html).toContain(", not @Someone");
  });

  it("keeps a hostile name as text when it is mentioned", () => {
    const name = "<img src=x onerror=alert(1)>";
    expect(render(`hi @${name}`, [{ userId: "x", name }])).not.toContain("<img");
  });
});
