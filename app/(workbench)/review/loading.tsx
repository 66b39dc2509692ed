import { Skeleton } from "@/components/ui/skeleton";

export default function ReviewLoading() {
  return (
    <div className="grid gap-4" role="status" aria-label="Loading the review queue">
      <Skeleton className="h-8 w-40" />
      <Skeleton className="h-9 w-96" />
      <Skeleton className="h-64 w-full" />
    </div>
  );
}
