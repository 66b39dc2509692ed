// Admission control for the app's HTTP server: past a number of requests in flight, a new one is
// answered 503 with Retry-After at once instead of joining a queue that only grows. Plain
// JavaScript: loaded into Next.js's process with `node --import` (admission-preload.mjs), before
// any of Parley's TypeScript.

/** Paths never refused: health checks (a load balancer must see a busy instance as alive) and static files. */
const ALWAYS_ADMITTED = [/^\/api\/health(\/|$)/, /^\/_next\/static\//, /^\/favicon\.ico$/];

/**
 * @param {{ maxInFlight: number; retryAfterSeconds: number }} options
 */
export function createAdmission({ maxInFlight, retryAfterSeconds }) {
  let inFlight = 0;
  let refused = 0;
  return {
    /**
     * Admits the request (true: counted until its response closes, finished or abandoned) or
     * answers it 503 itself (false).
     * @param {import("node:http").IncomingMessage} request
     * @param {import("node:http").ServerResponse} response
     */
    admit(request, response) {
      const path = (request.url ?? "/").split("?")[0] ?? "/";
      if (ALWAYS_ADMITTED.some((pattern) => pattern.test(path))) return true;
      if (inFlight >= maxInFlight) {
        refused += 1;
        response.writeHead(503, { "Retry-After": String(retryAfterSeconds), "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
        response.end("Parley is busy right now. Try again in a moment.\n");
        return false;
      }
      inFlight += 1;
      // "close" comes once per response: when it is sent, or when the client went away first.
      response.once("close", () => {
        inFlight -= 1;
      });
      return true;
    },
    /** What is going on now, for tests and logs. */
    get state() {
      return { inFlight, refused };
    },
  };
}

/**
 * Puts admission in front of every HTTP server this process creates: a server's "request" event
 * reaches its handler only when admitted.
 * @param {typeof import("node:http")} http
 * @param {ReturnType<typeof createAdmission>} admission
 */
export function installAdmission(http, admission) {
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (event, ...args) {
    if (event === "request" && !admission.admit(args[0], args[1])) return true;
    return emit.call(this, event, ...args);
  };
}
