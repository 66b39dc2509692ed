import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs: one JSON line per request and per error, each carrying the request id that
 * proxy.ts assigns (and returns to the browser as `x-request-id`), so a report from an analyst
 * can be matched to the server's side. Never log passwords, hashes, tokens or cookies, nor user
 * text beyond ids: a top-level `path` or `url` field loses its query values (so
 * `?q=` searches never reach a log), and emails are logged as ids or not at all.
 */
export function createLogger(destination?: pino.DestinationStream, level: string = env.LOG_LEVEL) {
  return pino(
    {
      level,
      base: { app: "parley" },
      serializers: { path: pathWithoutQueryValues, url: pathWithoutQueryValues },
      redact: {
        paths: ["password", "*.password", "token", "*.token", "cookie", "*.cookie", "headers.cookie", "headers.authorization", "email", "*.email"],
        censor: "[redacted]",
      },
    },
    destination,
  );
}

export const logger = createLogger();

export const REQUEST_ID_HEADER = "x-request-id";

export function logRequest(request: { method: string; path: string; requestId: string; userAgent?: string | null }) {
  logger.info({ requestId: request.requestId, method: request.method, path: request.path, userAgent: request.userAgent ?? undefined }, "request");
}

/**
 * What may reach a log line from a URL: the path and the NAMES of its query parameters, never
 * their values (`/meetings?q=Aliyev` → `/meetings?q=`): searches are what an analyst is working
 * on, and logs travel further than the database.
 */
export function pathWithoutQueryValues(path: unknown): unknown {
  if (typeof path !== "string") return path;
  const at = path.indexOf("?");
  const bare = (at === -1 ? path : path.slice(0, at)).split("#")[0]!;
  if (at === -1) return bare;
  const names = [...new URLSearchParams(path.slice(at + 1).split("#")[0]).keys()];
  const unique = [...new Set(names)].filter((name) => /^[\w.-]{1,40}$/u.test(name));
  return unique.length > 0 ? `${bare}?${unique.map((name) => `${name}=`).join("&")}` : bare;
}
