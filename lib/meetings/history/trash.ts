import "server-only";
import { requireRole } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { formatMeetingDate } from "@/lib/meetings/dto";

export interface DeletedMeeting {
  id: string;
  title: string;
  dateLabel: string;
  deletedAt: string;
  deletedBy: string | null;
}

const PAGE = 100;

/**
 * Deleted meetings, most recently deleted first, a page at a time (keyset on deletedAt, id).
 * Rule: admins only; anyone else gets `forbidden`.
 */
export async function listDeletedMeetings(after?: { deletedAt: string; id: string }): Promise<{ rows: DeletedMeeting[]; next: { deletedAt: string; id: string } | null }> {
  await requireRole("admin");
  const rows = await db.meeting.findMany({
    where: {
      deletedAt: { not: null },
      ...(after
        ? { OR: [{ deletedAt: { lt: new Date(after.deletedAt) } }, { deletedAt: new Date(after.deletedAt), id: { lt: after.id } }] }
        : {}),
    },
    select: { id: true, title: true, date: true, datePrecision: true, deletedAt: true, deletedBy: { select: { name: true } } },
    orderBy: [{ deletedAt: "desc" }, { id: "desc" }],
    take: PAGE + 1,
  });
  const page = rows.slice(0, PAGE).map((row) => ({
    id: row.id,
    title: row.title,
    dateLabel: formatMeetingDate(row.date, row.datePrecision),
    deletedAt: row.deletedAt!.toISOString(),
    deletedBy: row.deletedBy?.name ?? null,
  }));
  const last = page.at(-1);
  return { rows: page, next: rows.length > PAGE && last ? { deletedAt: last.deletedAt, id: last.id } : null };
}
