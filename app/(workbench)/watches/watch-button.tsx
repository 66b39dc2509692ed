import { WatchToggle } from "@/components/watches/watch-toggle";
import type { WatchKind } from "@/lib/generated/prisma/enums";
import { setWatchAction } from "./actions";

/**
 * The Watch toggle for a page's subject: one line on each page that can be watched. `above` puts
 * it on a row of its own above a view that has no place for actions.
 */
export function WatchButton({ kind, id, above }: { kind: WatchKind; id: string; above?: boolean }) {
  const toggle = <WatchToggle kind={kind} id={id} action={setWatchAction} />;
  return above ? <div className="-mb-2 flex justify-end print:hidden">{toggle}</div> : toggle;
}
