import { Trash2 } from "lucide-react";
import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";

const stamp = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** What a shared link to a deleted meeting says instead of a bare 404. */
export function DeletedNotice({ title, deletedAt, deletedBy }: { title: string; deletedAt: string; deletedBy: string | null }) {
  return (
    <div className="mx-auto grid max-w-lg justify-items-center gap-3 py-16 text-center">
      <div className="rounded-full bg-muted p-3 text-muted-foreground" aria-hidden="true">
        <Trash2 className="size-5" />
      </div>
      <h1 className="text-xl font-semibold">This meeting was deleted</h1>
      <p className="text-sm text-muted-foreground">
        “{title}” was deleted on <time dateTime={deletedAt}>{stamp.format(new Date(deletedAt))} UTC</time>
        {deletedBy ? ` by ${deletedBy}` : null}. Its address will never be given to another meeting. Ask an admin if it
        should be restored from the trash.
      </p>
      <Button asChild className="mt-2">
        <Link href="/meetings">All meetings</Link>
      </Button>
    </div>
  );
}
