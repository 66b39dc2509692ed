import "server-only";
import type { AuthEventKind, Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";
import { logger } from "@/lib/logger";

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

/** Records who did what to which account, when and from where; also one structured log line. */
export async function recordAuthEvent(event: AuthEventInput, writer: Writer = db): Promise<void> {
  await writer.authEvent.create({
    data: {
      kind: event.kind,
      actorId: event.actorId ?? null,
      subjectId: event.subjectId ?? null,
      email: event.email ?? null,
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
