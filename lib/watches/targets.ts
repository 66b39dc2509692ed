import { z } from "zod";
import type { WatchKind } from "@/lib/generated/prisma/enums";

// What can be watched, and the one key each is found by: the fan-out looks watches up by
// (kind, key) with the keys of a changed meeting, so each kind's key is built here only.

const code = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/);

/** A pair's key: its two countries in alphabetical order, so AZ–CN and CN–AZ are one pair. */
export function pairKey(a: string, b: string): string {
  return [a, b].sort().join("-");
}

/** Every pair among a meeting's countries: what its pair watches are looked up by. */
export function pairKeys(codes: readonly string[]): string[] {
  const sorted = [...new Set(codes)].sort();
  const keys: string[] = [];
  for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) keys.push(`${sorted[i]}-${sorted[j]}`);
  return keys;
}

/** What the watch button sends: the kind and the key (a pair as "AZ-CN", either order). */
export const watchTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.enum(["PERSON", "ORGANIZATION", "TOPIC", "TAG", "SAVED_VIEW"]), key: z.uuid().transform((id) => id.toLowerCase()) }),
  z.object({ kind: z.literal("COUNTRY"), key: code }),
  z.object({
    kind: z.literal("PAIR"),
    key: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2}-[A-Za-z]{2}$/)
      .transform((value) => pairKey(value.slice(0, 2).toUpperCase(), value.slice(3).toUpperCase()))
      .refine((value) => value.slice(0, 2) !== value.slice(3), "A pair is two different countries."),
  }),
]);
export type WatchTarget = z.output<typeof watchTargetSchema>;

/** Where a watched thing's page is. */
export function watchHref(kind: WatchKind, key: string, query?: string): string {
  switch (kind) {
    case "PERSON":
      return `/people/${key}`;
    case "ORGANIZATION":
      return `/organizations/${key}`;
    case "COUNTRY":
      return `/countries/${key}`;
    case "PAIR":
      return `/countries/${key.slice(0, 2)}/${key.slice(3)}`;
    case "TOPIC":
      return `/topics/${key}`;
    case "TAG":
      return `/tags/${key}`;
    case "SAVED_VIEW":
      return `/meetings?${query ?? ""}`;
  }
}
