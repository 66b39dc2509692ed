import { RegistryIndexSkeleton } from "@/components/registry/registry-index-skeleton";

export default function PeopleIndexLoading() {
  return <RegistryIndexSkeleton label="Loading people" />;
}
