import { describe, expect, it } from "vitest";
import { createTokenSchema } from "@/lib/auth/tokens/schemas";

describe("a new token's form", () => {
  it("takes a name, a scope and one of the offered lifetimes", () => {
    expect(createTokenSchema.parse({ name: " Notebook ", scope: "write", expiresInDays: "90" })).toEqual({ name: "Notebook", scope: "write", expiresInDays: 90 });
  });

  it("refuses a blank name, a NUL in it, an unknown scope and a lifetime not offered, each beside its field", () => {
    for (const [input, field] of [
      [{ name: " ", scope: "read", expiresInDays: "30" }, "name"],
      [{ name: "Note\u0000book", scope: "read", expiresInDays: "30" }, "name"],
      [{ name: "Notebook", scope: "admin", expiresInDays: "30" }, "scope"],
      [{ name: "Notebook", scope: "read", expiresInDays: "3650" }, "expiresInDays"],
    ] as const) {
      const result = createTokenSchema.safeParse(input);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual([field]);
    }
  });
});
