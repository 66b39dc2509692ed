import "server-only";
import type { MergeSubject } from "@/lib/generated/prisma/client";
import type { MergePlan } from "@/lib/entities/merge-jobs/plan";
import { organizationMergePlan } from "@/lib/organizations/merge";
import { personMergePlan } from "@/lib/people/merge";
import { tagMergePlan } from "@/lib/tags/merge-plan";

/** Every kind of record that merges in batches: a resumed job finds its plan here. */
export const MERGE_PLANS: Record<MergeSubject, MergePlan> = {
  PERSON: personMergePlan,
  ORGANIZATION: organizationMergePlan,
  TAG: tagMergePlan,
};
