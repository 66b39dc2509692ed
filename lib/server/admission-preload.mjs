// Loaded into Next.js by the launcher (`node --import`, lib/server/launcher.ts): admission control for
// every request (admission.mjs). PARLEY_MAX_IN_FLIGHT is validated by lib/env.ts in the launcher.
import http from "node:http";
import { createAdmission, installAdmission } from "./admission.mjs";

const maxInFlight = Number(process.env.PARLEY_MAX_IN_FLIGHT);
if (Number.isSafeInteger(maxInFlight) && maxInFlight > 0) {
  installAdmission(http, createAdmission({ maxInFlight, retryAfterSeconds: 1 }));
}
