import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto grid max-w-md justify-items-center gap-3 px-4 py-24 text-center">
      <p className="font-mono text-sm text-muted-foreground">404</p>
      <h1 className="text-xl font-semibold">Nothing here</h1>
      <p className="text-sm text-muted-foreground">
        This page does not exist, or you do not have access to it. Check the link, or go back to the meetings.
      </p>
      <Button asChild className="mt-2">
        <Link href="/meetings">All meetings</Link>
      </Button>
    </main>
  );
}
