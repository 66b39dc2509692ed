"use client";

import { Plus, X } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { toast } from "sonner";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { FormAction } from "@/components/meetings/detail/use-action-toast";
import { tagSlug } from "@/lib/meetings/tag-slug";

/**
 * Tags edited in place: type ahead over the existing tags, or create one by typing its name.
 * Each add or remove is its own change to whatever tags are there now (a revision each), so two
 * analysts tagging at once both keep theirs.
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
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [pending, startTransition] = useTransition();
  const have = new Set(tags.map((t) => tagSlug(t.name)));
  const typed = query.trim();
  const exists = suggestions.some((s) => tagSlug(s) === tagSlug(typed));

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
    <div className="grid gap-2">
      <ul aria-label="Tags" className="flex flex-wrap gap-1.5">
        {tags.length === 0 ? <li className="text-sm text-muted-foreground">No tags</li> : null}
        {tags.map((t) => (
          <li key={t.name}>
            <Badge variant="neutral" className="gap-1 pr-0.5">
              {t.id ? (
                <Link href={`/tags/${t.id}`} className="rounded-sm underline-offset-2 hover:underline">
                  #{t.name}
                </Link>
              ) : (
                `#${t.name}`
              )}
              <button
                type="button"
                disabled={pending}
                onClick={() => submit({ remove: t.name })}
                className="grid size-6 place-items-center rounded-sm text-muted-foreground hover:text-foreground print:hidden"
              >
                <X className="size-3" aria-hidden="true" />
                <span className="sr-only">Remove tag {t.name}</span>
              </button>
            </Badge>
          </li>
        ))}
      </ul>
      <Popover open={open} onOpenChange={setOpen}>
        <PopoverTrigger asChild>
          <Button variant="outline" size="sm" className="w-fit print:hidden" disabled={pending}>
            <Plus aria-hidden="true" />
            {pending ? "Saving…" : "Add tag"}
          </Button>
        </PopoverTrigger>
        <PopoverContent className="p-0">
          <Command label="Tag name">
            <CommandInput value={query} onValueChange={setQuery} placeholder="Type a tag…" maxLength={60} />
            <CommandList>
              <CommandEmpty>Type a name to create a tag.</CommandEmpty>
              {typed && !exists ? (
                <CommandGroup heading="New tag">
                  <CommandItem
                    value={`create ${typed}`}
                    onSelect={() => {
                      setOpen(false);
                      setQuery("");
                      submit({ add: typed });
                    }}
                  >
                    <Plus aria-hidden="true" />
                    Create “{typed}”
                  </CommandItem>
                </CommandGroup>
              ) : null}
              <CommandGroup heading="Existing tags">
                {suggestions
                  .filter((s) => !have.has(tagSlug(s)))
                  .map((s) => (
                    <CommandItem
                      key={s}
                      value={s}
                      onSelect={() => {
                        setOpen(false);
                        setQuery("");
                        submit({ add: s });
                      }}
                    >
                      {s}
                    </CommandItem>
                  ))}
              </CommandGroup>
            </CommandList>
          </Command>
        </PopoverContent>
      </Popover>
    </div>
  );
}
