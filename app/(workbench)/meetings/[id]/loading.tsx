import { Skeleton } from "@/components/ui/skeleton";

export default function MeetingLoading() {
  return (
    <div role="status" aria-label="Loading meeting" className="grid gap-5">
      <div className="grid gap-3">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-8 w-2/3" />
        <Skeleton className="h-5 w-96" />
      </div>
      <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="grid gap-5">
          <Skeleton className="h-40" />
          <Skeleton className="h-56" />
        </div>
        <div className="grid content-start gap-4">
          <Skeleton className="h-32" />
          <Skeleton className="h-40" />
        </div>
      </div>
    </div>
  );
}
