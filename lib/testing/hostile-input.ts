/**
 * Strings an attacker (or a careless paste) puts into a text field. Every text field a user can
 * write is fed each of them (lib/security/*.test.ts discover the fields from the schemas), and
 * every page that shows them is opened in a browser (e2e/hostile-input.spec.ts): they must be
 * stored exactly and shown as text, never run or rendered as markup.
 */
export const HOSTILE_STRINGS: readonly string[] = [
  `<script>window.__parleyXss = (window.__parleyXss || 0) + 1</script>`,
  `<img src=x onerror="window.__parleyXss = (window.__parleyXss || 0) + 1">`,
  `"><svg onload="window.__parleyXss = (window.__parleyXss || 0) + 1">`,
  `javascript:window.__parleyXss = 1`,
  `data:text/html,<script>window.__parleyXss = 1</script>`,
  `<a href="javascript:window.__parleyXss = 1">click</a>`,
  `<iframe srcdoc="<script>parent.__parleyXss = 1</script>">`,
  `<div style="background:url(javascript:alert(1))">`,
  `</textarea></title><b>broken`,
  `{{constructor.constructor('window.__parleyXss = 1')()}}`,
  `' OR 1=1--`,
  `%_\\'"`,
  `\u202Egnp.exe\u202C bidi override`,
  `=HYPERLINK("http://evil.example","click")`,
  `+SUM(1,2)`,
  `-2+3`,
  `@cmd`,
  `Ünïcödé — ½ 漢字 🤝`,
];

/** A value as long as the longest field takes, to find where layouts or limits break. */
export function longValue(length: number): string {
  const unit = "Lorem <b>ipsum</b> ";
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** The marker the hostile strings set if any of them ever runs in a browser. */
export const XSS_MARKER = "__parleyXss";
