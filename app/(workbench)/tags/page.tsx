import type { Metadata } from "next";
import { TagsList } from "@/components/entities/tags-list";
import { handlePageError, requirePageUser } from "@/lib/auth/page-guard";
import { hasRole } from "@/lib/auth/roles";
import { listTags } from "@/lib/tags/queries";
import { describeTagAction, mergeTagsAction, renameTagAction } from "./actions";

export const metadata: Metadata = { title: "Tags" };

export default async function TagsPage() {
  const user = await requirePageUser();
  const tags = await listTags().catch(handlePageError);
  return (
    <TagsList
      tags={tags}
      canManage={hasRole(user.role, "analyst")}
      actions={{ rename: renameTagAction, describe: describeTagAction, merge: mergeTagsAction }}
    />
  );
}
