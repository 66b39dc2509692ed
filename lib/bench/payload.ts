import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";

export interface PayloadSizes {
  path: string;
  /** The HTML document as sent with `Accept-Encoding: gzip` (gzipped here if the server did not). */
  htmlGzipBytes: number;
  htmlBytes: number;
  serverCompressed: boolean;
  /** The RSC payload a client navigation fetches (`RSC: 1`), gzipped likewise. */
  rscGzipBytes: number;
  rscBytes: number;
  /** Client JavaScript the page's HTML loads (`<script src>`), each file gzipped, summed. */
  firstLoadJsGzipBytes: number;
  firstLoadJsBytes: number;
  scripts: number;
  /** The five largest of those scripts, gzipped, to tell the framework's share from ours. */
  largestScripts: { src: string; gzipBytes: number }[];
}

function get(url: string, headers: Record<string, string>): Promise<{ status: number; encoding: string | undefined; location?: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({
          status: response.statusCode ?? 0,
          encoding: response.headers["content-encoding"],
          location: response.headers.location,
          body: Buffer.concat(chunks),
        }),
      );
      response.on("error", reject);
    });
    request.on("error", reject);
  });
}

async function sizes(url: string, headers: Record<string, string>) {
  let response = await get(url, { ...headers, "accept-encoding": "gzip" });
  // Next.js sends an RSC request without its cache-busting `_rsc` parameter to the URL with it.
  if (response.status === 307 && response.location?.includes("_rsc")) {
    response = await get(new URL(response.location, url).toString(), { ...headers, "accept-encoding": "gzip" });
  }
  if (response.status !== 200) throw new Error(`${url} answered ${response.status} ${JSON.stringify(response.location)}`);
  const compressed = response.encoding === "gzip";
  const plain = compressed ? gunzipSync(response.body) : response.body;
  return { gzip: compressed ? response.body.byteLength : gzipSync(plain).byteLength, plain, compressed };
}

/** What one page costs on the wire: HTML, RSC payload and first-load JavaScript, gzipped. */
export async function measurePayload(baseUrl: string, path: string, cookie: string): Promise<PayloadSizes> {
  const html = await sizes(`${baseUrl}${path}`, { cookie });
  const rsc = await sizes(`${baseUrl}${path}`, { cookie, rsc: "1" });
  const text = html.plain.toString("utf8");
  // `noModule` scripts (polyfills) are fetched only by browsers without ES modules: not first-load JS.
  const tags = [...text.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].filter((match) => !/\bnomodule\b/i.test(`${match[1]} ${match[3]}`));
  const scripts = [...new Set(tags.map((match) => match[2]!.replaceAll("&amp;", "&")))];
  let jsGzip = 0;
  let jsBytes = 0;
  const perScript: { src: string; gzipBytes: number }[] = [];
  for (const src of scripts) {
    const script = await sizes(new URL(src, baseUrl).toString(), {});
    const gzipBytes = gzipSync(script.plain).byteLength;
    perScript.push({ src, gzipBytes });
    jsGzip += gzipBytes;
    jsBytes += script.plain.byteLength;
  }
  return {
    path,
    htmlGzipBytes: html.gzip,
    htmlBytes: html.plain.byteLength,
    serverCompressed: html.compressed,
    rscGzipBytes: rsc.gzip,
    rscBytes: rsc.plain.byteLength,
    firstLoadJsGzipBytes: jsGzip,
    firstLoadJsBytes: jsBytes,
    scripts: scripts.length,
    largestScripts: perScript.sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 5),
  };
}
