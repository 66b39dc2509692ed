import type { z } from "zod";

/**
 * The largest JSON (in UTF-8 bytes) a zod schema accepts, from its own limits: every array at its
 * `max`, every string at its `max` of the costliest character it allows, every enum at its longest
 * value. For a body-size budget: a limit that changes in the schema changes the figure.
 *
 * A string with no `max` is refused (an unbounded field breaks any budget) unless its length is
 * given in `boundedElsewhere` (a pattern or a refinement bounds it: a country code, a day). Limits count characters after trimming, so surrounding
 * white space is bounded only by the body limit itself; it is not counted here.
 */
export interface WorstCaseOptions {
  /** Bytes of JSON one character of text may cost: 6 for a control character (`\u0001`), 3 for "中". */
  bytesPerCharacter: number;
  /** Longest value of a string field bounded by a pattern or a refinement, by path (`sources[].language`). */
  boundedElsewhere?: Record<string, number>;
}

interface Def {
  type: string;
  checks?: { _zod: { def: { check: string; maximum?: number } } }[];
  [key: string]: unknown;
}

const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;
const SAFE_INTEGER_DIGITS = String(Number.MIN_SAFE_INTEGER).length;
const FIXED_FORMATS: Record<string, number> = { uuid: 36, guid: 36, cuid: 25, email: 254 };

function stringBytes(def: Def, path: string, options: WorstCaseOptions): number {
  const checks = (def.checks ?? []).map((check) => check._zod.def);
  const maximum = checks.find((check) => check.check === "max_length")?.maximum;
  const format = typeof def.format === "string" ? def.format : undefined;
  const length = maximum ?? (format ? FIXED_FORMATS[format] : undefined) ?? options.boundedElsewhere?.[path];
  if (length === undefined) throw new Error(`${path || "the value"} is a string with no maximum length`);
  // Fixed formats, codes and days are ASCII; free text may be any character.
  const perCharacter = maximum === undefined ? 1 : options.bytesPerCharacter;
  return 2 + length * perCharacter;
}

export function worstCaseJsonBytes(schema: z.ZodType, options: WorstCaseOptions, path = ""): number {
  const def = defOf(schema);
  const inner = (key: string) => worstCaseJsonBytes(def[key] as z.ZodType, options, path);
  switch (def.type) {
    case "string":
      return stringBytes(def, path, options);
    case "number":
      return SAFE_INTEGER_DIGITS;
    case "boolean":
      return "false".length;
    case "null":
      return "null".length;
    case "literal":
    case "enum": {
      const values = def.type === "enum" ? Object.values(def.entries as object) : (def.values as unknown[]);
      return Math.max(...values.map((value) => Buffer.byteLength(JSON.stringify(value))));
    }
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return inner("innerType");
    case "pipe":
      // `z.preprocess` is a pipe from a transform: what it accepts is what its output schema accepts.
      return defOf(def.in).type === "transform" ? inner("out") : inner("in");
    case "union":
      return Math.max(...(def.options as z.ZodType[]).map((option) => worstCaseJsonBytes(option, options, path)));
    case "array": {
      const maximum = def.checks?.map((check) => check._zod.def).find((check) => check.check === "max_length")?.maximum;
      if (maximum === undefined) throw new Error(`${path || "the value"} is a list with no maximum length`);
      const element = worstCaseJsonBytes(def.element as z.ZodType, options, `${path}[]`);
      return 2 + maximum * element + Math.max(0, maximum - 1);
    }
    case "object": {
      const fields = Object.entries(def.shape as Record<string, z.ZodType>);
      const sizes = fields.map(
        ([key, field]) => Buffer.byteLength(JSON.stringify(key)) + 1 + worstCaseJsonBytes(field, options, path ? `${path}.${key}` : key),
      );
      return 2 + sizes.reduce((sum, size) => sum + size, 0) + Math.max(0, fields.length - 1);
    }
    default:
      throw new Error(`${path || "the value"}: no worst case known for a ${def.type} schema`);
  }
}
