"use client";

import { useRouter } from "next/navigation";
import { useMemo, useTransition } from "react";
import { toast } from "sonner";
import { localLookup } from "@/components/pickers/lookup-combobox";
import { TagPicker, sameTag } from "@/components/pickers/tag-picker";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";

/**
 * Tags edited in place with the form's tag picker: type ahead over the existing tags, or create
 * one by typing its name. Each add or remove is its own change to whatever tags are there now (a
 * revision each), so two analysts tagging at once both keep theirs.
 */
export function TagEditor({
  meetingId,
  tags,
  suggestions,
  action,
}: {
  meetingId: string;
  tags: { id: string | null; name: string }[];
  suggestions: string[];
  action: FormAction<Record<string, string>>;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const names = useMemo(() => tags.map((t) => t.name), [tags]);
  // Tags already on the meeting are not offered again.
  const lookup = useMemo(
    () => localLookup(suggestions.filter((s) => !names.some((name) => sameTag(name, s))), (name) => ({ id: name, label: name, hint: "" })),
    [suggestions, names],
  );

  function submit(change: { add?: string; remove?: string }) {
    const data = new FormData();
    data.set("id", meetingId);
    if (change.add) data.set("add", change.add);
    if (change.remove) data.set("remove", change.remove);
    startTransition(async () => {
      const result = await action({ status: "idle", values: {} }, data);
      if (result.status === "saved") {
        toast.success(result.message);
        router.refresh();
      } else if (result.status !== "idle") {
        toast.error(result.message);
      }
    });
  }

  return (
    <TagPicker
      value={names}
      showLabel={false}
      lookup={lookup}
      disabled={pending}
      hrefFor={(name) => {
        const id = tags.find((t) => t.name === name)?.id;
        return id ? `/tags/${id}` : null;
      }}
      onAdd={(add) => submit({ add })}
      onRemove={(remove) => submit({ remove })}
    />
  );
}
