import type { Metadata } from "next";
import { MergeJobPanel } from "@/components/entities/merge-job-panel";
import { TagsList } from "@/components/entities/tags-list";
import { currentMergeJobFor } from "@/lib/entities/merge-jobs/jobs";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listTags } from "@/lib/tags/queries";
import { deleteTagAction, describeTagAction, mergeTagsAction, renameTagAction, unmergeTagAction } from "./actions";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const user = await requirePageUser();
  const [tags, mergeJob] = await Promise.all([listTags(), currentMergeJobFor("TAG", null)]).catch(handlePageError);
  const canManage = hasRole(user.role, "analyst");
  return (
    <>
      <MergeJobPanel job={mergeJob} undo={canManage ? unmergeTagAction : undefined} />
      <TagsList tags={tags} canManage={canManage} actions={{ rename: renameTagAction, describe: describeTagAction, merge: mergeTagsAction, delete: deleteTagAction }} />
    </>
  );
}
