import type { AdapterFactory } from "@/lib/database/client";

type Adapter = Awaited<ReturnType<AdapterFactory["connect"]>>;
type Query = Parameters<Adapter["queryRaw"]>[0];
export type ReadSource = "primary" | "replica";

/**
 * One adapter (one pool) for two Prisma clients: `db` and the primary side of `readDb` share the
 * primary's connections, so a replica adds no connections to the primary. The pool closes when
 * the last client lets go.
 */
export function shareAdapter(factory: AdapterFactory): AdapterFactory {
  let connected: Promise<Adapter> | undefined;
  let holders = 0;
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      holders += 1;
      connected ??= factory.connect();
      const adapter = await connected;
      return Object.assign(Object.create(adapter) as Adapter, {
        dispose: async () => {
          holders -= 1;
          if (holders > 0) return;
          connected = undefined;
          await adapter.dispose();
        },
      });
    },
  };
}

export interface RouterOptions {
  primary: AdapterFactory;
  replica: AdapterFactory;
  /** Where the next statement (or transaction) may read; asked once per statement. */
  choose: (replica: Adapter) => Promise<ReadSource>;
  /** The replica failed to answer; the statement is sent to the primary instead. */
  onReplicaTrouble: (error: unknown) => void;
}

/**
 * The adapter behind `readDb`: each statement, and each transaction as a whole, goes where
 * `choose` says. A replica that cannot answer (down, restarting, cancelled by recovery) costs the
 * page nothing: the statement runs again on the primary. Only the read modules use this client,
 * and a standby refuses writes itself, so nothing here tells reads from writes.
 */
export function replicaRouter(options: RouterOptions): AdapterFactory {
  return {
    provider: options.primary.provider,
    adapterName: options.primary.adapterName,
    async connect() {
      const [primary, replica] = await Promise.all([options.primary.connect(), options.replica.connect()]);
      async function onEither<T>(run: (adapter: Adapter) => Promise<T>): Promise<T> {
        if ((await options.choose(replica)) === "primary") return run(primary);
        try {
          return await run(replica);
        } catch (error) {
          if (!isReplicaTrouble(error)) throw error;
          options.onReplicaTrouble(error);
          return run(primary);
        }
      }
      const routed: Adapter = {
        provider: primary.provider,
        adapterName: primary.adapterName,
        queryRaw: (query: Query) => onEither((adapter) => adapter.queryRaw(query)),
        executeRaw: (query: Query) => onEither((adapter) => adapter.executeRaw(query)),
        executeScript: (script: string) => primary.executeScript(script),
        startTransaction: (isolationLevel) => onEither((adapter) => adapter.startTransaction(isolationLevel)),
        getConnectionInfo: () => primary.getConnectionInfo?.() ?? { supportsRelationJoins: true },
        dispose: async () => {
          await Promise.all([primary.dispose(), replica.dispose()]);
        },
      };
      return routed;
    },
  };
}

// Kinds Prisma's pg adapter gives errors that say the server, not the statement, is the problem.
const UNREACHABLE = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "DatabaseDoesNotExist", "DatabaseAccessDenied", "AuthenticationFailed", "TransactionWriteConflict"]);

/**
 * Whether an error means "ask the primary instead": the replica is unreachable or shutting down
 * (SQLSTATE classes 08 and 57P), or recovery cancelled the statement (40001, which a standby
 * raises when replay must remove rows a query still reads). A statement's own failure (a syntax
 * error, a statement timeout) is the page's error, and the primary would fail it the same way.
 */
export function isReplicaTrouble(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: unknown; code?: unknown } } | null)?.cause;
  if (typeof cause?.kind !== "string") return true; // not the database's answer: a pool timeout, a dropped socket
  if (UNREACHABLE.has(cause.kind)) return true;
  const code = typeof cause.code === "string" ? cause.code : "";
  return cause.kind === "postgres" && (code.startsWith("08") || code.startsWith("57P") || code === "40001");
}
