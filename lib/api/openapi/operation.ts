// The pieces every operation in the document is made of: answers, problems, the errors any route may give.

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonContent = (schema: unknown) => ({ "application/json": { schema } });
export const ok = (description: string, schema: unknown) => ({ description, content: jsonContent(schema) });
export const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: ref("Problem") } } });

export const COMMON = {
  "401": problem("No token, or one that is mistyped, expired or revoked, or whose owner is deactivated."),
  "403": problem("The token lacks the scope, or its owner's role does not allow this."),
  "422": problem("The input is invalid: `errors` says which field and why."),
  "429": problem("This token's rate limit: wait `Retry-After` seconds."),
};

