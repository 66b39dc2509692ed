import { Link } from "@/components/ui/link";
import { Button } from "@/components/ui/button";

export default function MeetingNotFound() {
  return (
    <div className="mx-auto grid max-w-md justify-items-center gap-3 py-20 text-center">
      <h1 className="text-xl font-semibold">Meeting not found</h1>
      <p className="text-sm text-muted-foreground">
        There is no meeting at this address, or you do not have access to it. Check the link you followed.
      </p>
      <Button asChild className="mt-2">
        <Link href="/meetings">All meetings</Link>
      </Button>
    </div>
  );
}
