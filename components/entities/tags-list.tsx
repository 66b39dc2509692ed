import { Tags } from "lucide-react";
import { Link } from "@/components/ui/link";
import { EmptyState } from "@/components/ui/empty-state";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { TagManageForms } from "@/components/entities/tag-manage-forms";
import type { TagListItem } from "@/lib/tags/queries";

/** Every tag with its count; analysts open a tag's row to rename, describe, merge or delete it. */
export function TagsList({
  tags,
  canManage,
  actions,
}: {
  tags: TagListItem[];
  canManage: boolean;
  actions: { rename: FormAction<Record<string, string>>; describe: FormAction<Record<string, string>>; merge: FormAction<Record<string, string>>; delete: FormAction<Record<string, string>> };
}) {
  const refs = tags.map((t) => ({ id: t.id, name: t.name }));
  return (
    <section aria-labelledby="tags-heading" className="grid grid-cols-1 gap-4">
      <div>
        <h1 id="tags-heading" className="text-2xl font-semibold tracking-tight">
          Tags
        </h1>
        <p className="text-sm text-muted-foreground">Free labels on meetings. “EU” and “eu” are one tag. A renamed tag keeps its former names, and a merged tag&apos;s name and links lead to the tag it joined: typing either adds that tag, never a new one.</p>
      </div>
      {tags.length === 0 ? <EmptyState icon={<Tags />} title="No tags yet" description="Add tags from a meeting's page." /> : null}
      <ul className="grid grid-cols-1 gap-2 [overflow-wrap:anywhere]">
        {tags.map((tag) => (
          <li key={tag.id} className="rounded-md border px-3 py-2">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Link href={`/tags/${tag.id}`} className="font-medium underline-offset-2 hover:underline">
                #{tag.name}
              </Link>
              <span className="text-sm text-muted-foreground tabular-nums">
                {tag.count.toLocaleString("en")} {tag.count === 1 ? "meeting" : "meetings"}
              </span>
            </div>
            {tag.formerNames.length ? <p className="text-sm text-muted-foreground">Formerly {tag.formerNames.map((name) => `#${name}`).join(", ")}</p> : null}
            {tag.description ? <p className="text-sm text-muted-foreground">{tag.description}</p> : null}
            {canManage ? (
              <details className="mt-1">
                <summary className="w-fit cursor-pointer rounded-sm text-sm text-muted-foreground hover:text-foreground">
                  Rename, describe or merge (or delete)<span className="sr-only"> {tag.name}</span>
                </summary>
                <TagManageForms tag={tag} others={refs.filter((r) => r.id !== tag.id)} actions={actions} />
              </details>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
