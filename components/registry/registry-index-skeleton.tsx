import { Skeleton } from "@/components/ui/skeleton";

/** What an index page shows while its rows load. */
export function RegistryIndexSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid gap-3">
      <div className="mb-2 grid gap-2">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-4 w-80 max-w-full" />
      </div>
      <Skeleton className="h-9 w-full max-w-md" />
      <Skeleton className="h-4 w-48" />
      <div className="overflow-hidden rounded-lg border">
        <Skeleton className="h-9 w-full rounded-none" />
        {Array.from({ length: 10 }, (_, i) => (
          <div key={i} className="flex gap-4 border-t px-3 py-3.5">
            <Skeleton className="h-4 flex-1" />
            <Skeleton className="h-4 w-24" />
            <Skeleton className="h-4 w-12" />
            <Skeleton className="h-4 w-24" />
          </div>
        ))}
      </div>
    </div>
  );
}
