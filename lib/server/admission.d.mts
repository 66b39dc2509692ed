import type * as http from "node:http";

export interface Admission {
  admit(request: http.IncomingMessage, response: http.ServerResponse): boolean;
  readonly state: { inFlight: number; refused: number };
}
export function createAdmission(options: { maxInFlight: number; retryAfterSeconds: number }): Admission;
export function installAdmission(module: typeof http, admission: Admission): void;
