import type { Database } from "@/lib/database/client";
import { unsafeWriteMeeting } from "@/lib/meetings/write/write-meeting";
import { meetingRecordSchema } from "@/lib/meetings/write/record-schema";
import { freeTextPaths } from "@/lib/testing/free-text-fields";
import { HOSTILE_STRINGS } from "@/lib/testing/hostile-input";

/** Title prefix of the meetings e2e/hostile-input.spec.ts opens. */
export const HOSTILE_TITLE = "Hostile input";

/**
 * One meeting per hostile string, with that string in every free-text field the record schema
 * declares (title after a searchable prefix), written through the one write path.
 */
export async function createHostileMeetings(db: Database): Promise<void> {
  const paths = freeTextPaths(meetingRecordSchema);
  for (const [i, hostile] of HOSTILE_STRINGS.entries()) {
    const record: Record<string, unknown> = {
      kind: "MEETING",
      date: "2020-01-01",
      status: "PUBLISHED",
      countries: [{ countryCode: "AZ", side: "HOST" }],
      participants: [{ allowNamesake: true, side: "HOST" }],
      sources: [{ url: "https://example.org/hostile" }],
      tags: [],
    };
    for (const path of paths) {
      const [key, , field] = path.split(".");
      const value = key === "title" ? `${HOSTILE_TITLE} ${i}: ${hostile}` : hostile;
      if (field) ((record[key!] as Record<string, unknown>[])[0]![field] = value);
      else if (key === "tags") record.tags = [`${hostile.slice(0, 45)} ${i}`];
      else record[key!] = value;
    }
    await db.$transaction((tx) => unsafeWriteMeeting(tx, { actorId: null, record, action: "CREATE" }));
  }
}
