import { findOpenSavedView } from "@/lib/watches/open-view";
import { WatchButton } from "./watch-button";

/**
 * On the meetings table: a Watch toggle for the saved view it shows, when it shows one. The plain
 * table (no parameters) reads nothing here.
 */
export async function WatchViewButton({ params }: { params: Record<string, string | string[] | undefined> }) {
  const view = await findOpenSavedView(params).catch(() => null);
  if (!view) return null;
  return (
    <div className="-mt-2 mb-3 flex items-center justify-end gap-2 text-sm text-muted-foreground print:hidden">
      Saved view “{view.name}”
      <WatchButton kind="SAVED_VIEW" id={view.id} label={view.name} />
    </div>
  );
}
