/**
 * The largest body Next.js reads for a server action (next.config.ts). The meeting form posts the
 * whole record, source texts included, so a record within every field limit must fit, with room
 * for the form's encoding: record-fits-body-limit.test.ts checks it from the schema's limits.
 * Kept under the 10 MB Next.js buffers for the proxy (`proxyClientMaxBodySize`), past which it
 * cuts the body short rather than refusing it.
 */
export const SERVER_ACTION_BODY_LIMIT_BYTES = 8 * 1024 * 1024;
