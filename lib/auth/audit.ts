import "server-only";
import type { AuthEventKind, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { z } from "zod";
import { logger } from "@/lib/logger";

const emailShape = z.email().max(320);

/**
 * What of the text typed into the email box may be kept: an email address, yes (admins spot
 * attempts on former colleagues' addresses); anything else, no — people type passwords there.
 */
export function auditableEmail(typed: string | null | undefined): string | null {
  if (!typed) return null;
  return emailShape.safeParse(typed).success ? typed : null;
}

export interface AuthEventInput {
  kind: AuthEventKind;
  actorId?: string | null;
  subjectId?: string | null;
  /** Only for attempts on an account that may not exist (failed or throttled sign-in). */
  email?: string | null;
  address?: string | null;
  userAgent?: string | null;
  /** Plain facts (old and new role, reason): never a password, hash, token or cookie. */
  detail?: Prisma.InputJsonValue;
}

type Writer = Pick<typeof db, "authEvent">;

/**
 * Records who did what to which account, when and from where; also one structured log line,
 * which carries ids and the kind only (never the email typed, nor any detail).
 */
export async function recordAuthEvent(event: AuthEventInput, writer: Writer = db): Promise<void> {
  await writer.authEvent.create({
    data: {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subjectId: event.subjectId ?? null,
      email: auditableEmail(event.email),
      address: event.address ?? null,
      userAgent: event.userAgent ?? null,
      detail: event.detail,
    },
    select: { id: true },
  });
  logger.info(
    { auth: event.kind, actorId: event.actorId ?? undefined, subjectId: event.subjectId ?? undefined, address: event.address ?? undefined },
    "auth event",
  );
}
