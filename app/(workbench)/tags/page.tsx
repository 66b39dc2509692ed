import type { Metadata } from "next";
import { MergeJobPanel } from "@/components/entities/merge-job-panel";
import { TagsList } from "@/components/entities/tags-list";
import { currentMergeJobFor } from "@/lib/entities/merge-jobs/jobs";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listTags } from "@/lib/tags/queries";
import { describeTagAction, mergeTagsAction, renameTagAction } from "./actions";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const user = await requirePageUser();
  const [tags, mergeJob] = await Promise.all([listTags(), currentMergeJobFor("TAG", null)]).catch(handlePageError);
  return (
    <>
      <MergeJobPanel job={mergeJob} />
      <TagsList tags={tags} canManage={hasRole(user.role, "analyst")} actions={{ rename: renameTagAction, describe: describeTagAction, merge: mergeTagsAction }} />
    </>
  );
}
