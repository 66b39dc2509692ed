/**
 * A stand-in for a Parley process holding its embedded PostgreSQL, for drills that kill the
 * holder: `node --import tsx lib/testing/hold-embedded-postgres.ts <clusterDir> <port>` starts the
 * server, prints its URL on one line and waits until it is killed.
 */
import { startEmbeddedPostgres } from "@/lib/database/embedded";

const [clusterDir, port] = process.argv.slice(2);
const server = await startEmbeddedPostgres({ clusterDir: clusterDir ?? "", port: Number(port) });
console.log(server.url);
setInterval(() => {}, 60_000);
