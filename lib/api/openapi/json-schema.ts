import { z } from "zod";

// Marks the server's schemas carry for its own tests (free-text fields get the hostile-input
// corpus), not meant for API readers.
const INTERNAL_DESCRIPTIONS = new Set(["parley:free-text"]);

/**
 * A zod schema the server validates with, as JSON Schema 2020-12 (OpenAPI 3.1's dialect), on
 * its input side: what a client may send. Checks JSON Schema cannot say (a quote found in its
 * source text, a real calendar day) stay the server's, reported as field errors.
 */
export function inputJsonSchema(schema: z.ZodType): Record<string, unknown> {
  const result = z.toJSONSchema(schema, {
    io: "input",
    target: "draft-2020-12",
    unrepresentable: "any",
    override: ({ jsonSchema }) => {
      if (typeof jsonSchema.description === "string" && INTERNAL_DESCRIPTIONS.has(jsonSchema.description)) delete jsonSchema.description;
    },
  }) as Record<string, unknown>;
  delete result.$schema;
  return result;
}
