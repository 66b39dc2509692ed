import { z } from "zod";
import { safeText } from "@/lib/meetings/write/safe-text";

export const TOKEN_SCOPES = ["read", "write"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

/** How long a token may live, in days; the form offers these. */
export const TOKEN_LIFETIMES_DAYS = [7, 30, 90, 365] as const;

/** At most this many live tokens per account: enough for a few tools, not a leak by the thousand. */
export const MAX_TOKENS_PER_USER = 20;

export const createTokenSchema = z.object({
  // Free text like a meeting's: a NUL or a broken character is refused beside the field, not by PostgreSQL.
  name: safeText(100, "The name").pipe(z.string().min(1, "Name the token after the tool that will use it.")),
  // "write" always includes reading: a tool that writes must read what it wrote.
  scope: z.enum(["read", "write"], { error: "Choose read, or read and write." }),
  expiresInDays: z.coerce
    .number({ error: "Choose when it expires." })
    .int()
    .refine((days) => (TOKEN_LIFETIMES_DAYS as readonly number[]).includes(days), "Choose when it expires."),
});
export type CreateTokenInput = z.input<typeof createTokenSchema>;

export const tokenIdSchema = z.uuid();

export function scopesFor(scope: "read" | "write"): TokenScope[] {
  return scope === "write" ? ["read", "write"] : ["read"];
}
