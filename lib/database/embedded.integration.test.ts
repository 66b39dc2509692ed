import { chmodSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, it } from "vitest";
import { passwordFileFor, startEmbeddedPostgres } from "@/lib/database/embedded";
import { freePort } from "@/lib/testing/test-server";

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

function folder(mode: number): string {
  const made = mkdtempSync(path.join(tmpdir(), "parley-embedded-"));
  chmodSync(made, mode);
  folders.push(made);
  return made;
}

async function canSignIn(connectionString: string): Promise<boolean> {
  const client = new pg.Client({ connectionString });
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

it("generates the embedded server's password at first start and keeps it, owner-only, across restarts", async () => {
  const clusterDir = path.join(folder(0o755), "postgres");
  const port = await freePort();
  const first = await startEmbeddedPostgres({ clusterDir, port });
  try {
    expect(first.url).not.toContain("parley:parley@");
    expect(statSync(passwordFileFor(clusterDir)).mode & 0o777).toBe(0o600);
    expect(await canSignIn(first.url)).toBe(true);
    expect(await canSignIn(`postgresql://parley:parley@127.0.0.1:${port}/postgres`)).toBe(false);
  } finally {
    await first.stop();
  }

  const again = await startEmbeddedPostgres({ clusterDir, port });
  try {
    expect(again.url).toBe(first.url);
    expect(await canSignIn(again.url)).toBe(true);
  } finally {
    await again.stop();
  }
});

// Only root hands PostgreSQL to the `postgres` user; for anyone else the folder is their own.
it.skipIf(process.getuid?.() !== 0)(
  "as root, stops with a clear message when the postgres user cannot enter the data folder",
  async () => {
    const privateFolder = folder(0o700); // what `mktemp -d` makes, like a clone in /root
    const clusterDir = path.join(privateFolder, "data", "postgres");

    await expect(startEmbeddedPostgres({ clusterDir, port: await freePort() })).rejects.toThrow(
      new RegExp(`postgres\` user .*cannot enter ${privateFolder}.*PARLEY_DATA_DIR`, "s"),
    );
  },
);
