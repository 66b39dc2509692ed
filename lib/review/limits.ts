// Free of zod: the return dialog ships it to the browser as its field's limit.

/** The longest reason a reviewer may give for returning a meeting. */
export const REASON_MAX = 2_000;
