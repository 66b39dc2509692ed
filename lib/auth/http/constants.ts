/** Request header in which proxy.ts passes the requested path and query to pages. */
export const REQUEST_PATH_HEADER = "x-parley-path";

/** Header through which Parley's own code hands better-auth the client address it computed. */
export const CLIENT_ADDRESS_HEADER = "x-parley-client-address";
