import { Badge } from "@/components/ui/badge";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { MEETING_STATUS_LABELS } from "@/lib/meetings/kinds";

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <Badge variant={status === "PUBLISHED" ? "success" : "outline"}>{MEETING_STATUS_LABELS[status]}</Badge>;
}

export function DeletedBadge() {
  return <Badge variant="destructive">Deleted</Badge>;
}
