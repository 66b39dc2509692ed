import type { IngestItemOutcome } from "@/lib/generated/prisma/client";
import { MAX_SOURCES, type MeetingRecordInput } from "@/lib/meetings/write/record-schema";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";
import { writeMeetingRecord } from "@/lib/meetings/write/write-meeting";
import { foldName, type DraftPlan } from "@/lib/ingest/draft-record";
import { findSameMeeting } from "@/lib/ingest/same-meeting";
import { markMachineDraft } from "@/lib/ingest/internal/draft-writes";
import type { IngestItemInput } from "@/lib/ingest/schemas";

export interface ItemResult {
  outcome: Exclude<IngestItemOutcome, "PENDING">;
  meetingId?: string;
  confidence?: number;
  unlinked?: string[];
  reason?: string;
}

type Plan = Extract<DraftPlan, { kind: "draft" }>;

/**
 * The new item's passages that support what a draft already records: its countries, and its
 * participants named alike (the person's name or the text's spelling, folded). Offsets point into
 * the added source, `sourceIndex`.
 */
function evidenceForExisting(plan: Plan, existing: MeetingRecordInput, sourceIndex: number): NonNullable<MeetingRecordInput["evidence"]> {
  const spans: NonNullable<MeetingRecordInput["evidence"]> = [];
  for (const span of plan.record.evidence ?? []) {
    const target = span.target;
    if (target.type === "country" && existing.countries.some((c) => c.countryCode === target.countryCode)) spans.push({ ...span, sourceIndex });
    if (target.type === "participant") {
      const name = foldName(plan.record.participants?.[target.index]?.name ?? "");
      const index = (existing.participants ?? []).findIndex((p) => foldName(p.name) === name);
      if (index >= 0) spans.push({ ...span, sourceIndex, target: { ...target, index } });
    }
  }
  return spans;
}

/**
 * What one item becomes, inside the batch's unit of work: another account of a machine draft
 * joins it as a source (its passages supporting what the draft records); another account of a
 * recorded meeting becomes a proposal, the meeting left as it is; anything else a new machine draft.
 */
export async function draftItem(unit: MeetingUnitOfWork, plan: Plan, item: IngestItemInput, origin: { batch: string; item: number }): Promise<ItemResult> {
  const note = `Ingested from batch “${origin.batch}”, item ${origin.item}`;
  const same = plan.dated
    ? await findSameMeeting(unit.tx, {
        date: plan.record.date,
        countryCodes: plan.record.countries.map((c) => c.countryCode),
        personIds: (plan.record.participants ?? []).flatMap((p) => (typeof p.personId === "string" ? [p.personId] : [])),
        names: plan.names,
      })
    : null;
  if (same && !same.machineDrafted) {
    return { outcome: "PROPOSED", meetingId: same.id, confidence: plan.confidence, unlinked: plan.unlinked, reason: `Another account of “${same.title}”: its source is proposed there.` };
  }
  if (same && same.sources >= MAX_SOURCES) {
    return { outcome: "SKIPPED", meetingId: same.id, reason: `Another account of “${same.title}”, which already has ${MAX_SOURCES} sources.` };
  }
  if (same) {
    const current = await unit.lock(same.id, { expectedVersion: "current" });
    const record: MeetingRecordInput = { ...current.record, sources: [...current.record.sources, ...(plan.record.sources ?? [])] };
    record.evidence = [...(current.record.evidence ?? []), ...evidenceForExisting(plan, current.record, current.record.sources.length)];
    await writeMeetingRecord(unit, { meetingId: same.id, expectedVersion: current.version, record, action: "UPDATE" });
    unit.changed(same.id, "UPDATE", `${note}: another account of this meeting, added as a source`);
    await markMachineDraft(unit, same.id, { confidence: plan.confidence, dated: !!current.record.date });
    return { outcome: "ADDED_TO_DRAFT", meetingId: same.id, confidence: plan.confidence, unlinked: plan.unlinked };
  }
  const id = await writeMeetingRecord(unit, { record: plan.record, action: "CREATE" });
  unit.created(id, note);
  await markMachineDraft(unit, id, { confidence: plan.confidence, dated: plan.dated });
  return { outcome: "DRAFTED", meetingId: id, confidence: plan.confidence, unlinked: plan.unlinked };
}
