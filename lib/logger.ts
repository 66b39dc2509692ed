import pino from "pino";
import { env } from "@/lib/env";

/**
 * Structured logs: one JSON line per request and per error, each carrying the request id that
 * proxy.ts assigns (and returns to the browser as `x-request-id`), so a report from an analyst
 * can be matched to the server's side. Never log passwords, hashes, tokens or cookies.
 */
export const logger = pino({
  level: env.LOG_LEVEL,
  base: { app: "parley" },
  redact: {
    paths: ["password", "*.password", "token", "*.token", "cookie", "*.cookie", "headers.cookie", "headers.authorization"],
    censor: "[redacted]",
  },
});

export const REQUEST_ID_HEADER = "x-request-id";

export function logRequest(request: { method: string; path: string; requestId: string; userAgent?: string | null }) {
  logger.info({ requestId: request.requestId, method: request.method, path: request.path, userAgent: request.userAgent ?? undefined }, "request");
}
