"use client";

import { Copy, ExternalLink, Paperclip } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { useEffect, useState, useTransition } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/forms/action-state";
import type { MeetingFormValues, SourceValues } from "@/lib/meetings/form-data";
import type { PossibleDuplicate } from "@/lib/meetings/duplicates/find-duplicates";

export type FindDuplicates = (query: { date: string; countryCodes: string[]; personIds: string[] }) => Promise<PossibleDuplicate[]>;
/** Resolves to nothing when it succeeds: the action opens the meeting (a redirect). */
export type AttachSource = (previous: ActionState<{ meetingId: string }>, formData: FormData) => Promise<ActionState<{ meetingId: string }> | undefined>;

/** The one source to attach, as the attach action reads it; its id stays behind (it is the new meeting's). */
function attachForm(meetingId: string, source: SourceValues): FormData {
  const data = new FormData();
  data.set("meetingId", meetingId);
  for (const name of ["outlet", "url", "title", "publishedOn", "language", "text"] as const) data.set(name, source[name]);
  return data;
}

const DEBOUNCE_MS = 600;

/**
 * Before a new meeting is saved: meetings within a day of its date between the same countries or
 * with a shared participant, each with "open it" and "attach this source to it instead".
 */
export function DuplicatesPanel({ values, find, attach }: { values: MeetingFormValues; find: FindDuplicates; attach: AttachSource }) {
  const [found, setFound] = useState<PossibleDuplicate[]>([]);
  const [attaching, startAttach] = useTransition();
  const countryCodes = values.countries.map((c) => c.countryCode).filter(Boolean);
  const personIds = values.participants.map((p) => p.personId).filter(Boolean);
  const eligible = /^\d{4}-\d{2}-\d{2}$/.test(values.date) && (countryCodes.length > 0 || personIds.length > 0);
  const key = JSON.stringify([values.date, countryCodes, personIds]);

  useEffect(() => {
    if (!eligible) return;
    const [date, codes, people] = JSON.parse(key) as [string, string[], string[]];
    let live = true;
    const timer = setTimeout(() => {
      find({ date, countryCodes: codes, personIds: people })
        .then((rows) => live && setFound(rows))
        .catch(() => live && setFound([]));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, eligible, find]);

  if (!eligible || found.length === 0) return null;
  const source = values.sources.find((s) => s.outlet.trim() && s.text.trim());
  return (
    <section aria-labelledby="duplicates-heading" className="grid gap-2 rounded-lg border border-warning/60 bg-surface p-4">
      <h2 id="duplicates-heading" className="flex items-center gap-2 text-base font-semibold">
        <Copy className="size-4" aria-hidden="true" />
        Possible duplicates
      </h2>
      <p className="text-sm text-muted-foreground">These meetings are already recorded within a day of this one. If one is the same meeting, add your source to it instead.</p>
      <ul className="grid gap-2">
        {found.map((meeting) => (
          <li key={meeting.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border p-2 text-sm">
            <span>
              <span className="font-medium">{meeting.title}</span>{" "}
              <span className="text-muted-foreground">
                {meeting.date} · {meeting.countries.join(", ")} · {meeting.reasons.join(", ")}
              </span>
            </span>
            <span className="flex gap-2">
              <Button variant="outline" size="sm" asChild>
                <Link href={`/meetings/${meeting.id}` as Route} target="_blank" rel="noopener">
                  <ExternalLink aria-hidden="true" />
                  Open it<span className="sr-only">: {meeting.title} (new tab)</span>
                </Link>
              </Button>
              <Button
                variant="secondary"
                size="sm"
                disabled={!source || attaching}
                title={source ? undefined : "Fill in a source's outlet and text first."}
                onClick={() =>
                  startAttach(async () => {
                    if (!source) return;
                    const result = await attach({ status: "idle", values: { meetingId: meeting.id } }, attachForm(meeting.id, source));
                    if (result && result.status !== "saved" && result.status !== "idle") toast.error(result.message);
                  })
                }
              >
                <Paperclip aria-hidden="true" />
                Attach this source to it instead<span className="sr-only">: {meeting.title}</span>
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
