import type { z } from "zod";
import { FREE_TEXT } from "@/lib/meetings/write/safe-text";

/**
 * Test support: the paths of every free-text field in a schema (fields built with `safeText`),
 * e.g. `title`, `participants.*.name`, `sources.*.text`. New fields are found without a list.
 */
export function freeTextPaths(schema: z.ZodType): string[] {
  const found = new Set<string>();
  walk(schema, [], found, new Set());
  return [...found].sort();
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: z.ZodType[];
}

function walk(schema: z.ZodType, path: string[], found: Set<string>, seen: Set<z.ZodType>) {
  if (seen.has(schema)) return;
  seen.add(schema);
  if (schema.description === FREE_TEXT) {
    found.add(path.join("."));
    return;
  }
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const next = (child: z.ZodType | undefined, childPath = path) => child && walk(child, childPath, found, new Set(seen));
  switch (def.type) {
    case "object":
      for (const [key, child] of Object.entries(def.shape ?? {})) next(child, [...path, key]);
      break;
    case "array":
      next(def.element, [...path, "*"]);
      break;
    case "pipe":
      next(def.in);
      next(def.out);
      break;
    case "union":
      for (const option of def.options ?? []) next(option);
      break;
    default:
      next(def.innerType);
  }
}
