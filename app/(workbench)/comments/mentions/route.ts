import { findMentionableUsers } from "@/lib/comments/mention-lookup";
import { jsonRead } from "@/lib/forms/json-route";

/** The mention type-ahead: colleagues by name. */
export async function GET(request: Request) {
  return jsonRead(request, (params) => findMentionableUsers(params.get("q") ?? ""));
}
