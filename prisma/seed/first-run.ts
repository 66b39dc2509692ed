import { chmodSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureFirstAdmin } from "@/lib/auth/first-admin";
import { seedDemoIfEmpty } from "@/prisma/seed/demo";

/** Where generated first-run credentials go when no terminal is watching. */
export function firstRunCredentialsFile(dataDir: string): string {
  return path.resolve(dataDir, "first-run-credentials.txt");
}

/**
 * What the first start of a new database needs: reference data (and, outside production, the
 * demo meetings), and the first admin. Generated passwords are printed only to a terminal; when
 * stdout is not one (a service, a container, a log collector) they go to a file readable by this
 * user only, and the log says where, so no password ever lands in a log.
 */
export async function prepareFirstRun(
  url: string,
  options: { log: (line: string) => void; production: boolean; dataDir: string; terminal?: boolean },
): Promise<void> {
  await seedDemoIfEmpty(url, options);
  const lines: string[] = [];
  await ensureFirstAdmin(url, { ...options, log: (line) => lines.push(line) });
  // Only the confirmation of an admin made from PARLEY_ADMIN_EMAIL/PASSWORD carries no secret.
  const secrets = lines.filter((line) => !line.includes("from PARLEY_ADMIN_EMAIL"));
  for (const line of lines.filter((line) => !secrets.includes(line))) options.log(line);
  if (secrets.length === 0) return;
  if (options.terminal ?? process.stdout.isTTY) {
    for (const line of secrets) options.log(line);
    return;
  }
  const file = firstRunCredentialsFile(options.dataDir);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${secrets.join("\n")}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // `mode` only applies to a new file
  options.log(
    `first admin created; its one-time password is in ${file} (readable by this user only; delete ` +
      `it after the first sign-in). To choose the admin yourself, set PARLEY_ADMIN_EMAIL and ` +
      `PARLEY_ADMIN_PASSWORD on the first start.`,
  );
}
