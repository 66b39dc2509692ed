import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Link } from "@/components/ui/link";
import type { Route } from "next";

/**
 * A plain GET form: the search lands in the URL as `?q=` and the server does the rest, so it works
 * before the page's scripts load and Enter is all the keyboard needs. A new search starts at the
 * best match on page 1, so sort and page are left behind on purpose.
 */
export function RegistrySearch({ basePath, q, label, placeholder }: { basePath: string; q: string; label: string; placeholder: string }) {
  return (
    <form role="search" action={basePath} method="get" className="flex flex-wrap items-center gap-2">
      <label htmlFor="registry-q" className="sr-only">
        {label}
      </label>
      <Input id="registry-q" name="q" type="search" defaultValue={q} placeholder={placeholder} maxLength={100} className="max-w-md flex-1 basis-56" />
      <Button type="submit" variant="secondary">
        <Search aria-hidden="true" />
        Search
      </Button>
      {q ? (
        <Link href={basePath as Route} className="rounded-sm text-sm text-muted-foreground underline-offset-2 hover:text-foreground hover:underline">
          Clear search
        </Link>
      ) : null}
    </form>
  );
}
