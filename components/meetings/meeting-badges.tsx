import { Badge } from "@/components/ui/badge";
import type { MeetingStatus } from "@/lib/generated/prisma/enums";
import { MEETING_STATUS_LABELS } from "@/lib/meetings/kinds";

const STATUS_LOOKS: Record<MeetingStatus, "success" | "outline" | "primary" | "warning"> = {
  DRAFT: "outline",
  IN_REVIEW: "primary",
  RETURNED: "warning",
  PUBLISHED: "success",
};

export function StatusBadge({ status }: { status: MeetingStatus }) {
  return <Badge variant={STATUS_LOOKS[status]}>{MEETING_STATUS_LABELS[status]}</Badge>;
}

export function DeletedBadge() {
  return <Badge variant="destructive">Deleted</Badge>;
}
