import { describe, expect, it } from "vitest";
import { createRandom, createZipf, deriveSeed } from "@/prisma/seed/synthetic/random";
import { createUuidV7Generator } from "@/prisma/seed/uuid";

describe("seeded randomness", () => {
  it("repeats a sequence for a seed and differs between seeds", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).uint32);
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(deriveSeed(1, "pool")).not.toBe(deriveSeed(1, "meetings"));
  });

  it("draws Zipf ranks: the first item far more often than the hundredth", () => {
    const random = createRandom(1);
    const zipf = createZipf(1_000, 1);
    const counts = new Array<number>(1_000).fill(0);
    for (let i = 0; i < 100_000; i += 1) counts[zipf(random)]! += 1;
    expect(counts[0]!).toBeGreaterThan(counts[99]! * 30);
    expect(counts.filter((n) => n > 0).length).toBeGreaterThan(900);
  });
});

describe("UUIDv7 ids", () => {
  it("are valid version 7 UUIDs in strictly increasing order", () => {
    const next = createUuidV7Generator({ startMs: Date.UTC(2024, 0, 1), random32: createRandom(1).uint32 });
    const ids = Array.from({ length: 10_000 }, next);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]!.replace(/-/g, "").slice(0, 12)).toBe(Date.UTC(2024, 0, 1).toString(16).padStart(12, "0"));
  });
});
