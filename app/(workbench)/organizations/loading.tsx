import { RegistryIndexSkeleton } from "@/components/registry/registry-index-skeleton";

export default function OrganizationsIndexLoading() {
  return <RegistryIndexSkeleton label="Loading organisations" />;
}
