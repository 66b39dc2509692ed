import { RegistryIndexSkeleton } from "@/components/registry/registry-index-skeleton";

export default function CountriesIndexLoading() {
  return <RegistryIndexSkeleton label="Loading countries" />;
}
