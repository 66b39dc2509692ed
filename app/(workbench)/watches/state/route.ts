import { jsonRead } from "@/lib/forms/json-route";
import { findWatchState } from "@/lib/watches/queries";

/** A Watch button's state (null: nothing to watch), asked once its page is shown. */
export async function GET(request: Request) {
  return jsonRead(request, (params) => findWatchState({ kind: params.get("kind"), key: params.get("key") }));
}
