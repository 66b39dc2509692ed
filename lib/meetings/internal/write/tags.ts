import { tagSlug } from "@/lib/meetings/tag-slug";
import { findTagIdsBySlug, resolveTags } from "@/lib/meetings/internal/write/resolve-entities";
import type { MeetingUnitOfWork } from "@/lib/meetings/write/unit-of-work";

export interface TagChange {
  add: string[];
  remove: string[];
}

/**
 * Adds and removes tags on one meeting as a change to whatever is there now (not a whole-record
 * save), so two analysts tagging the same meeting at once both keep theirs: the row lock queues
 * them and each applies its change to the other's result. The meeting counts as changed (a new
 * version and a revision) only when anything changed; returns whether it did.
 */
export async function changeMeetingTagsInUnit(unit: MeetingUnitOfWork, meetingId: string, change: TagChange): Promise<boolean> {
  const tx = unit.tx;
  await unit.lock(meetingId, { expectedVersion: "current" });
  const removeSlugs = new Set(change.remove.map(tagSlug));
  const current = await tx.meetingTag.findMany({ where: { meetingId }, select: { tagId: true, tag: { select: { slug: true } } } });
  const addIds = await resolveTags(tx, change.add.filter((name) => !removeSlugs.has(tagSlug(name))), unit.actorId);
  // A name removes the tag it means now (a former or merged name included), as adding it would add.
  const removeMeant = new Set((await findTagIdsBySlug(tx, [...removeSlugs])).values());
  const removeIds = current.filter((link) => removeSlugs.has(link.tag.slug) || removeMeant.has(link.tagId)).map((link) => link.tagId);
  const have = new Set(current.map((link) => link.tagId));
  const toAdd = addIds.filter((id) => !have.has(id));
  if (toAdd.length === 0 && removeIds.length === 0) return false;

  if (removeIds.length > 0) await tx.meetingTag.deleteMany({ where: { meetingId, tagId: { in: removeIds } } });
  if (toAdd.length > 0) {
    await tx.meetingTag.createMany({ data: toAdd.map((tagId) => ({ meetingId, tagId, createdById: unit.actorId })), skipDuplicates: true });
  }
  unit.changed(meetingId, "UPDATE");
  return true;
}
