// Free of zod: the comment form ships them to the browser as its fields' limits.

/** Long enough for a paragraph of argument and a few links; a comment is not a document. */
export const COMMENT_MAX = 4000;
/** How many people one comment may mention. */
export const MENTIONS_MAX = 20;
