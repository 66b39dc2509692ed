import { describe, expect, it } from "vitest";
import { approvalRefusal, onlyTagsDiffer, returnRefusal, statusAfterSave, submitRefusal } from "@/lib/review/status-rule";
import type { SnapshotRecord } from "@/lib/meetings/write/snapshot";

const off = { requireSecondPerson: false, smallEditsWithoutReview: false };
const on = { requireSecondPerson: true, smallEditsWithoutReview: false };
const onSmall = { requireSecondPerson: true, smallEditsWithoutReview: true };

describe("the status a save leaves", () => {
  it("is what was asked while the rule is off", () => {
    expect(statusAfterSave({ before: "DRAFT", requested: "PUBLISHED", rule: off, tagsOnly: false })).toBe("PUBLISHED");
    expect(statusAfterSave({ before: null, requested: "IN_REVIEW", rule: off, tagsOnly: false })).toBe("IN_REVIEW");
  });

  it("is never Published from a save while the rule is on: it goes to review", () => {
    expect(statusAfterSave({ before: null, requested: "PUBLISHED", rule: on, tagsOnly: false })).toBe("IN_REVIEW");
    expect(statusAfterSave({ before: "PUBLISHED", requested: "PUBLISHED", rule: on, tagsOnly: false })).toBe("IN_REVIEW");
    expect(statusAfterSave({ before: "PUBLISHED", requested: "PUBLISHED", rule: on, tagsOnly: true })).toBe("IN_REVIEW");
    expect(statusAfterSave({ before: "PUBLISHED", requested: "PUBLISHED", rule: onSmall, tagsOnly: false })).toBe("IN_REVIEW");
  });

  it("keeps a published meeting published when only its tags changed and small edits are allowed", () => {
    expect(statusAfterSave({ before: "PUBLISHED", requested: "PUBLISHED", rule: onSmall, tagsOnly: true })).toBe("PUBLISHED");
    // Small edits never publish what was not published.
    expect(statusAfterSave({ before: "IN_REVIEW", requested: "PUBLISHED", rule: onSmall, tagsOnly: true })).toBe("IN_REVIEW");
  });

  it("never makes a meeting Returned: only a return step does", () => {
    expect(statusAfterSave({ before: null, requested: "RETURNED", rule: off, tagsOnly: false })).toBe("DRAFT");
    expect(statusAfterSave({ before: "PUBLISHED", requested: "RETURNED", rule: on, tagsOnly: false })).toBe("IN_REVIEW");
    expect(statusAfterSave({ before: "RETURNED", requested: "RETURNED", rule: on, tagsOnly: false })).toBe("RETURNED");
  });
});

describe("who may take a step", () => {
  const waiting = { status: "IN_REVIEW" as const, machineDrafted: false, actorId: "a", lastEditorId: "a" };
  it("refuses the last editor's own approval only while the rule is on", () => {
    expect(approvalRefusal({ ...waiting, rule: on })?.code).toBe("forbidden");
    expect(approvalRefusal({ ...waiting, rule: off })).toBeNull();
    expect(approvalRefusal({ ...waiting, lastEditorId: "b", rule: on })).toBeNull();
  });

  it("needs review first with the rule on, except for a machine draft", () => {
    expect(approvalRefusal({ ...waiting, status: "DRAFT", lastEditorId: "b", rule: on })?.code).toBe("conflict");
    expect(approvalRefusal({ ...waiting, status: "DRAFT", machineDrafted: true, lastEditorId: "b", rule: on })).toBeNull();
    expect(approvalRefusal({ ...waiting, status: "PUBLISHED", rule: off })?.code).toBe("conflict");
  });

  it("sends drafts and returned meetings for review, and returns meetings in review", () => {
    expect(submitRefusal("DRAFT")).toBeNull();
    expect(submitRefusal("RETURNED")).toBeNull();
    expect(submitRefusal("IN_REVIEW")).not.toBeNull();
    expect(returnRefusal("IN_REVIEW", false)).toBeNull();
    expect(returnRefusal("DRAFT", false)).not.toBeNull();
    expect(returnRefusal("DRAFT", true)).toBeNull();
  });
});

describe("a small edit", () => {
  const record = { title: "Talks", summary: "", tags: ["a"], status: "PUBLISHED" } as unknown as SnapshotRecord;
  it("is a change of tags alone", () => {
    expect(onlyTagsDiffer(record, { ...record, tags: ["a", "b"] })).toBe(true);
    expect(onlyTagsDiffer(record, { ...record, tags: ["b"], summary: "Typo fixed" })).toBe(false);
  });
});
