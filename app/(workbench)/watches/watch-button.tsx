import { WatchToggle } from "@/components/watches/watch-toggle";
import type { WatchKind } from "@/lib/generated/prisma/enums";
import { watchStateForPage } from "@/lib/watches/page-state";
import { setWatchAction } from "./actions";

/**
 * The Watch toggle for a page's subject: one line on each page that can be watched, its state
 * rendered with the page (no statement: it came with the session). `label` is the subject's name,
 * null when it cannot be watched. `above` puts it on a row of its own above a view that has no
 * place for actions.
 */
export async function WatchButton({ kind, id, label, above }: { kind: WatchKind; id: string; label: string | null; above?: boolean }) {
  const state = await watchStateForPage({ kind, key: id }, label);
  if (!state) return null;
  const toggle = <WatchToggle state={state} action={setWatchAction} />;
  return above ? <div className="-mb-2 flex justify-end print:hidden">{toggle}</div> : toggle;
}
