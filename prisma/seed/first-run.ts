import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

/** What the first start of a new database needs: reference and demo data, and the first admin. */
export async function prepareFirstRun(
  url: string,
  options: { log: (line: string) => void; production: boolean },
): Promise<void> {
  await seedDemoIfEmpty(url, options);
  await ensureFirstAdmin(url, options);
}
