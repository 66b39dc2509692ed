import { describe, expect, it, vi } from "vitest";
import { parseLsn, readSourceChooser } from "@/lib/database/replica-lsn";
import { isReplicaTrouble } from "@/lib/database/replica-router";

describe("parseLsn", () => {
  it("reads PostgreSQL's X/Y form as one number, ordered as WAL positions are", () => {
    expect(parseLsn("0/3000060")).toBe(0x3000060n);
    expect(parseLsn("16/B374D848")).toBe((0x16n << 32n) | 0xb374d848n);
    expect(parseLsn("1/0")! > parseLsn("0/FFFFFFFF")!).toBe(true);
  });

  it("refuses anything else (a cookie is the browser's to change)", () => {
    for (const text of ["", "0", "0/", "x/1", "1/2/3", "123456789/0", "0/1; DROP"]) expect(parseLsn(text), text).toBeUndefined();
  });
});

function fakeReplica(replayed: string) {
  const replica = { replayed, queryRaw: vi.fn(async () => ({ rows: [[replica.replayed]], columnNames: ["lsn"], columnTypes: [] })) };
  return replica;
}

function chooser(required: string | undefined, clock: { now: number }) {
  const log = vi.fn();
  const chooser = readSourceChooser({ requiredLsn: async () => (required ? parseLsn(required) : undefined), log, now: () => clock.now, recheckMs: 250, restMs: 5000 });
  return { ...chooser, log };
}

// The chooser takes Prisma's adapter; it only ever calls queryRaw.
type Adapter = Parameters<ReturnType<typeof readSourceChooser>["choose"]>[0];

describe("readSourceChooser", () => {
  it("sends a request without a save of its own to the replica without asking it anything", async () => {
    const replica = fakeReplica("0/10");
    const { choose } = chooser(undefined, { now: 0 });
    expect(await choose(replica as unknown as Adapter)).toBe("replica");
    expect(replica.queryRaw).not.toHaveBeenCalled();
  });

  it("sends a request whose save the replica has not replayed to the primary, asking at most once per recheck", async () => {
    const clock = { now: 0 };
    const replica = fakeReplica("0/10");
    const { choose } = chooser("0/20", clock);
    expect(await choose(replica as unknown as Adapter)).toBe("primary");
    clock.now = 100;
    expect(await choose(replica as unknown as Adapter)).toBe("primary");
    expect(replica.queryRaw).toHaveBeenCalledTimes(1);
    replica.replayed = "0/20";
    clock.now = 300;
    expect(await choose(replica as unknown as Adapter)).toBe("replica");
    expect(await choose(replica as unknown as Adapter)).toBe("replica"); // known replayed: not asked again
    expect(replica.queryRaw).toHaveBeenCalledTimes(2);
  });

  it("reads the primary for a while after the replica failed, and says so once", async () => {
    const clock = { now: 0 };
    const replica = fakeReplica("0/10");
    const { choose, trouble, log } = chooser(undefined, clock);
    trouble(new Error("connect ECONNREFUSED"));
    trouble(new Error("connect ECONNREFUSED"));
    expect(await choose(replica as unknown as Adapter)).toBe("primary");
    expect(log).toHaveBeenCalledTimes(1);
    clock.now = 5001;
    expect(await choose(replica as unknown as Adapter)).toBe("replica");
  });
});

describe("isReplicaTrouble", () => {
  it("retries on the primary when the server is the problem, not when the statement is", () => {
    expect(isReplicaTrouble({ cause: { kind: "DatabaseNotReachable" } })).toBe(true);
    expect(isReplicaTrouble({ cause: { kind: "postgres", code: "57P01" } })).toBe(true); // admin shutdown
    expect(isReplicaTrouble({ cause: { kind: "TransactionWriteConflict" } })).toBe(true); // conflict with recovery
    expect(isReplicaTrouble(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isReplicaTrouble({ cause: { kind: "postgres", code: "57014" } })).toBe(false); // statement timeout
    expect(isReplicaTrouble({ cause: { kind: "postgres", code: "42601" } })).toBe(false); // syntax error
    expect(isReplicaTrouble({ cause: { kind: "UniqueConstraintViolation" } })).toBe(false);
  });
});
