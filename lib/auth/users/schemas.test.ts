import { describe, expect, it } from "vitest";
import { userActionSchema } from "@/lib/auth/users/schemas";

describe("an admin's action on an account", () => {
  it("takes a UUID or better-auth's alphanumeric id", () => {
    expect(userActionSchema.safeParse({ userId: "0b9f2c1e-3a4d-4e5f-8a9b-1c2d3e4f5a6b" }).success).toBe(true);
    expect(userActionSchema.safeParse({ userId: "Xf3kQ9mZ2pL7vB8nR4tW6yH1jC5dG0sA" }).success).toBe(true);
  });

  // The action fuzz test found it: a NUL byte reached PostgreSQL, which refuses it with an error.
  it.each(["a\u0000b", "", "x".repeat(65), "' OR 1=1 --", "id with spaces"])("refuses %j before it reaches a query", (userId) => {
    expect(userActionSchema.safeParse({ userId }).success).toBe(false);
  });
});
