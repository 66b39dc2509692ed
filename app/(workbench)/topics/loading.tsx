import { RegistryIndexSkeleton } from "@/components/registry/registry-index-skeleton";

export default function TopicsIndexLoading() {
  return <RegistryIndexSkeleton label="Loading topics" />;
}
