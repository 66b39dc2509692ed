import { dictionary } from "@zxcvbn-ts/language-common";
import { z } from "zod";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

let common: Set<string> | undefined;

// zxcvbn-ts ships ~49k passwords seen most often in breaches; loaded on first use only.
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"]);
  return common;
}

/**
 * True for passwords attackers try first: a listed password in any letter case, a listed one with
 * digits or symbols stuck on the end ("password1234!"), one character repeated, or "parley" plus
 * digits. No composition rules: length and a deny list do more for real passwords (NIST 800-63B).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  const list = commonPasswords();
  if (list.has(lower)) return true;
  const stem = lower.replace(/[^a-z]+$/u, "");
  if (stem.length >= 4 && stem !== lower && list.has(stem)) return true;
  if (/^(.)\1*$/u.test(lower)) return true;
  return /^[^a-z]*parley[^a-z]*$/u.test(lower);
}

/** A new password: 12 to 128 characters, not a common one. */
export const newPasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters.`)
  .refine((password) => !isCommonPassword(password), "This password is too common. Choose another.");
