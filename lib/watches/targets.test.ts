import { describe, expect, it } from "vitest";
import { pairKeys, watchTargetSchema } from "@/lib/watches/targets";

describe("watch targets", () => {
  it("make one key of a pair whichever way round it is named", () => {
    expect(watchTargetSchema.parse({ kind: "PAIR", key: "cn-AZ" })).toEqual({ kind: "PAIR", key: "AZ-CN" });
    expect(watchTargetSchema.parse({ kind: "PAIR", key: "AZ-CN" })).toEqual({ kind: "PAIR", key: "AZ-CN" });
    expect(watchTargetSchema.safeParse({ kind: "PAIR", key: "AZ-AZ" }).success).toBe(false);
  });

  it("list every pair among a meeting's countries, in the same form", () => {
    expect(pairKeys(["TR", "AZ", "CN", "AZ"])).toEqual(["AZ-CN", "AZ-TR", "CN-TR"]);
    expect(pairKeys(["AZ"])).toEqual([]);
  });

  it("refuse keys that are not ids or codes", () => {
    expect(watchTargetSchema.safeParse({ kind: "PERSON", key: "'; DROP TABLE" }).success).toBe(false);
    expect(watchTargetSchema.safeParse({ kind: "COUNTRY", key: "AZE" }).success).toBe(false);
    expect(watchTargetSchema.safeParse({ kind: "MEETING", key: "x" }).success).toBe(false);
    expect(watchTargetSchema.parse({ kind: "COUNTRY", key: "az" })).toEqual({ kind: "COUNTRY", key: "AZ" });
  });
});
