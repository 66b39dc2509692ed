/**
 * Drives Parley over plain HTTP the way a browser without JavaScript does: each form a page
 * renders for a server action carries Next.js's action fields as hidden inputs; posting them with
 * the visible fields runs the action. Used by tests that run real servers (two instances, load).
 */

function decode(value: string): string {
  return value.replaceAll("&quot;", '"').replaceAll("&#x27;", "'").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&");
}

/**
 * Reads the first form on `pagePath` whose markup matches `which`; the returned function posts it
 * with `fields` filled in. Split in two so a test can act between loading a page and submitting.
 */
export async function readForm(
  baseUrl: string,
  pagePath: string,
  options: { cookie?: string; which?: RegExp } = {},
): Promise<(fields: Record<string, string>) => Promise<Response>> {
  const headers: Record<string, string> = options.cookie ? { cookie: options.cookie } : {};
  const html = await (await fetch(`${baseUrl}${pagePath}`, { headers, redirect: "manual" })).text();
  const forms = [...html.matchAll(/<form[\s\S]*?<\/form>/g)].map((match) => match[0]);
  const form = forms.find((markup) => (options.which ? options.which.test(markup) : true));
  if (!form) throw new Error(`no form matching ${options.which} on ${pagePath}`);
  const hidden: [string, string][] = [];
  for (const input of form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(input[0])?.[1];
    if (name) hidden.push([decode(name), decode(/value="([^"]*)"/.exec(input[0])?.[1] ?? "")]);
  }
  return (fields) => {
    const body = new FormData();
    // A field the caller fills replaces the form's hidden value of the same name, as typing would.
    for (const [name, value] of hidden) if (!(name in fields)) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    // A browser sends Origin with every form post; Next.js checks it for server actions.
    return fetch(`${baseUrl}${pagePath}`, { method: "POST", body, headers: { ...headers, origin: baseUrl }, redirect: "manual" });
  };
}

/** Posts the first form on `pagePath` whose markup matches `which`, with `fields` filled in. */
export async function submitForm(
  baseUrl: string,
  pagePath: string,
  options: { cookie?: string; which?: RegExp; fields?: Record<string, string> } = {},
): Promise<Response> {
  return (await readForm(baseUrl, pagePath, options))(options.fields ?? {});
}

/** The Cookie header a sign-in response set, or undefined when the sign-in was refused. */
export function sessionCookies(response: Response): string | undefined {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0] ?? "");
  return cookies.some((cookie) => /session_token=./.test(cookie)) ? cookies.join("; ") : undefined;
}

/** Signs in; returns the Cookie header for later requests, or undefined when refused. */
export async function trySignIn(baseUrl: string, email: string, password: string): Promise<string | undefined> {
  return sessionCookies(await submitForm(baseUrl, "/sign-in", { which: /name="password"/, fields: { email, password } }));
}

export async function signInOverHttp(baseUrl: string, email: string, password: string): Promise<string> {
  const cookie = await trySignIn(baseUrl, email, password);
  if (!cookie) throw new Error(`sign-in as ${email} was refused`);
  return cookie;
}

/** Whether a request with this Cookie header reaches a signed-in page (not the sign-in redirect). */
export async function isSignedIn(baseUrl: string, cookie: string): Promise<boolean> {
  const response = await fetch(`${baseUrl}/meetings`, { headers: { cookie }, redirect: "manual" });
  return response.status === 200;
}
