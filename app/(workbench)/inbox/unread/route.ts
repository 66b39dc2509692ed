import { jsonRead } from "@/lib/forms/json-route";
import { countUnreadInbox } from "@/lib/inbox/queries";

/**
 * The header's unread count, asked by the browser after each navigation: the layout is not
 * rendered again between pages, and a statement in it would cost every page one more (issue 19).
 */
export async function GET(request: Request) {
  return jsonRead(request, async () => ({ unread: await countUnreadInbox() }));
}
