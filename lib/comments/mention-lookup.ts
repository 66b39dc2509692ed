import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { LOOKUP_LIMIT, likePattern, lookupQuerySchema, type LookupOption } from "@/lib/lookup/lookup-query";

const ROLE_NAMES: Record<string, string> = { admin: "Admin", analyst: "Analyst", viewer: "Viewer" };

/**
 * Colleagues to mention, by name (accent- and case-insensitive), active accounts only. Any
 * signed-in user may be mentioned; the hint is their role, never their email.
 * Rule: analysts and admins (those who may comment).
 */
export async function findMentionableUsers(query: unknown): Promise<LookupOption[]> {
  await requireRole("analyst");
  const parsed = lookupQuerySchema.safeParse(query);
  if (!parsed.success || parsed.data.length < 1) return [];
  const rows = await db.$queryRaw<{ id: string; name: string; role: string }[]>`
    SELECT "id", "name", "role" FROM "user"
     WHERE NOT "banned" AND lower(parley_unaccent("name")) LIKE lower(parley_unaccent(${likePattern(parsed.data)}))
     ORDER BY strpos(lower(parley_unaccent("name")), lower(parley_unaccent(${parsed.data}))), "name", "id"
     LIMIT ${LOOKUP_LIMIT}`;
  return rows.map((row) => ({ id: row.id, label: row.name, hint: ROLE_NAMES[row.role] ?? row.role }));
}
