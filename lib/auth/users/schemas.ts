import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

// Account ids are UUIDs or better-auth's own alphanumeric ids; anything else (a NUL byte, say, which
// PostgreSQL refuses outright) names no account and is refused before it reaches a query.
export const userIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "This user no longer exists.");

export const createUserSchema = z.object({
  name: z.string().trim().min(1, "Enter the person's name.").max(120, "Use at most 120 characters."),
  email: z.email("Enter a valid email address.").trim().toLowerCase().max(320),
  role: z.enum(ROLES, "Choose a role."),
});
export type CreateUserInput = z.infer<typeof createUserSchema>;

export const changeRoleSchema = z.object({ userId: userIdSchema, role: z.enum(ROLES, "Choose a role.") });
export type ChangeRoleInput = z.infer<typeof changeRoleSchema>;

export const userActionSchema = z.object({ userId: userIdSchema });
export type UserActionInput = z.infer<typeof userActionSchema>;

export const twoFactorPolicySchema = z.object({ required: z.boolean() });
export type TwoFactorPolicyInput = z.infer<typeof twoFactorPolicySchema>;
