import { countedMeetingsNote } from "@/lib/meetings/detail/counted-meetings";
import type { PeriodCount } from "@/lib/meetings/detail/entity-meetings";

/**
 * Says what an entity page's counted lists cover once it has more meetings than are counted. The
 * chart counts dated meetings only, so an entity just past the bound with undated meetings may
 * miss the note; the counts then leave out only a handful.
 */
export function CountedMeetingsNote({ perYear }: { perYear: PeriodCount[] }) {
  const note = countedMeetingsNote(perYear.reduce((sum, year) => sum + year.count, 0));
  return note ? <p className="text-sm text-muted-foreground">{note}</p> : null;
}
