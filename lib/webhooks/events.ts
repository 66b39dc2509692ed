import type { RevisionAction } from "@/lib/generated/prisma/enums";

/** The records whose changes a webhook can hear of, as `Revision.entityType` names them. */
const ENTITIES = { Meeting: "meeting", Person: "person", Organization: "organization", Tag: "tag" } as const;

const VERBS: Record<RevisionAction, string> = {
  CREATE: "created",
  UPDATE: "updated",
  DELETE: "deleted",
  RESTORE: "restored",
  MERGE: "merged",
  UNMERGE: "unmerged",
  SUBMIT: "submitted",
  APPROVE: "approved",
  RETURN: "returned",
};

/** What each record can go through; a person is never deleted or sent for review, say. */
const ACTIONS_BY_ENTITY: Record<keyof typeof ENTITIES, readonly RevisionAction[]> = {
  Meeting: ["CREATE", "UPDATE", "DELETE", "RESTORE", "SUBMIT", "APPROVE", "RETURN"],
  Person: ["CREATE", "UPDATE", "MERGE", "UNMERGE"],
  Organization: ["CREATE", "UPDATE", "MERGE", "UNMERGE"],
  Tag: ["CREATE", "UPDATE", "MERGE", "UNMERGE"],
};

export interface WebhookEventOption {
  type: string;
  label: string;
  group: string;
}

const GROUP_LABELS: Record<keyof typeof ENTITIES, string> = { Meeting: "Meetings", Person: "People", Organization: "Organisations", Tag: "Tags" };
const RECORD_LABELS: Record<keyof typeof ENTITIES, string> = { Meeting: "Meeting", Person: "Person", Organization: "Organisation", Tag: "Tag" };

/** Every event a webhook may subscribe to, grouped by record for the form. */
export const WEBHOOK_EVENTS: readonly WebhookEventOption[] = (Object.keys(ACTIONS_BY_ENTITY) as (keyof typeof ENTITIES)[]).flatMap((entity) =>
  ACTIONS_BY_ENTITY[entity].map((action) => ({
    type: `${ENTITIES[entity]}.${VERBS[action]}`,
    label: `${RECORD_LABELS[entity]} ${VERBS[action]}`,
    group: GROUP_LABELS[entity],
  })),
);

export const WEBHOOK_EVENT_TYPES: readonly string[] = WEBHOOK_EVENTS.map((event) => event.type);

/** The type sent by the "Send test" button: every webhook receives it, whatever it subscribed to. */
export const TEST_EVENT_TYPE = "webhook.test";

/**
 * The event a revision is, such as "meeting.created" for a Meeting's CREATE; null for a record
 * or action no webhook can subscribe to (internal records such as test rows).
 */
export function eventTypeOf(entityType: string, action: RevisionAction): string | null {
  const entity = ENTITIES[entityType as keyof typeof ENTITIES];
  if (!entity) return null;
  const type = `${entity}.${VERBS[action]}`;
  return WEBHOOK_EVENT_TYPES.includes(type) ? type : null;
}
