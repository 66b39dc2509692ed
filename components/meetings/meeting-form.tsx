"use client";

import { CloudCheck, CloudOff, LoaderCircle, TriangleAlert } from "lucide-react";
import { Link } from "@/components/ui/link";
import type { Route } from "next";
import { useActionState, useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { CountryRows } from "@/components/meetings/country-rows";
import { FormErrorsContext, fieldId } from "@/components/meetings/form-fields";
import { ParticipantRows } from "@/components/meetings/participant-rows";
import type { SuggestionEvidence } from "@/components/meetings/form/apply-suggestion";
import { ExtractionAssist, type ExtractSuggestions } from "@/components/meetings/form/extraction-assist";
import { ConflictPanel } from "@/components/meetings/form/conflict-panel";
import { DeviceCopyOffer, useClearDeviceCopyOnSave } from "@/components/meetings/form/device-copy-offer";
import { DEVICE_COPY_NOTE, deviceCopyKey } from "@/components/meetings/form/device-copy";
import { DuplicatesPanel, type AttachSource, type FindDuplicates } from "@/components/meetings/form/duplicates-panel";
import { MeetingFormContext, type Lookups, type UpdateValues } from "@/components/meetings/form/form-context";
import { MeetingFields } from "@/components/meetings/form/meeting-fields";
import { Section } from "@/components/meetings/form/section";
import { SourceRows } from "@/components/meetings/form/source-rows";
import { useDraftAutosave, type DraftStatus, type SaveDraft } from "@/components/meetings/form/use-draft-autosave";
import { TagPicker } from "@/components/pickers/tag-picker";
import { TopicPicker } from "@/components/pickers/topic-picker";
import {
  FORM_PAYLOAD_FIELD,
  compactMeetingForm,
  toMeetingRecordInput,
  type MeetingFormState,
  type MeetingFormValues,
} from "@/lib/meetings/form-data";
import type { CountryOption, TopicOption } from "@/lib/meetings/options";
import { meetingRecordSchema, toFieldErrors } from "@/lib/meetings/write/record-schema";
import { signInPathFor } from "@/lib/auth/sign-in/safe-next";

type Action = (state: MeetingFormState, formData: FormData) => Promise<MeetingFormState>;

/** Next's default limit for a server action's body; larger forms are stopped here with a message. */
const MAX_PAYLOAD_BYTES = 1_000_000;

// One object, so the errors context does not change (and re-render every row) on each keystroke.
const NO_ERRORS: Record<string, string[]> = {};

function labelFor(path: string): string {
  const [head, index, field] = path.split(".");
  const n = Number(index) + 1;
  switch (head) {
    case "countries":
      return index ? `Country ${n}` : "Countries";
    case "participants":
      return index ? `Participant ${n}${field ? `, ${field === "countryCode" ? "country" : field === "personId" ? "person" : field}` : ""}` : "Participants";
    case "sources":
      return index ? `Source ${n}${field ? `, ${field}` : ""}` : "Sources";
    case "evidence":
      return index ? `Evidence ${n}` : "Evidence";
    case "topicIds":
      return "Topics";
    case "tags":
      return "Tags";
    case "locationCountryCode":
      return "Location country";
    default:
      return (head ?? path).charAt(0).toUpperCase() + (head ?? path).slice(1);
  }
}

/** Where an error's link in the summary takes the analyst. */
function anchorFor(path: string): string {
  if (path.startsWith("tags.")) return fieldId("tags");
  if (path.startsWith("topicIds.")) return fieldId("topicIds");
  if (/^participants\.\d+\.name$/.test(path)) return fieldId(path.replace(/name$/, "personId"));
  if (/^evidence\./.test(path)) return fieldId("sources");
  return fieldId(path);
}

function DraftStatusLine({ status }: { status: DraftStatus }) {
  return (
    <p className="mr-auto flex items-center gap-1.5 text-xs text-muted-foreground" role="status" aria-live="polite">
      {status.kind === "saving" ? (
        <>
          <LoaderCircle className="size-3.5 animate-spin" aria-hidden="true" /> Saving draft…
        </>
      ) : status.kind === "saved" ? (
        <>
          <CloudCheck className="size-3.5" aria-hidden="true" /> Draft saved at {new Date(status.at).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", second: "2-digit" })}
        </>
      ) : status.kind === "failed" ? (
        <span className="flex items-center gap-1.5 text-destructive">
          <CloudOff className="size-3.5" aria-hidden="true" />
          {status.onDevice && status.signInAgain ? (
            <span>
              Saved on this device — <SignInAgainLink /> to save it to your drafts. {DEVICE_COPY_NOTE}
            </span>
          ) : status.onDevice ? (
            `Saved on this device, not yet in your drafts: ${status.message} ${DEVICE_COPY_NOTE}`
          ) : (
            `Draft not saved: ${status.message} Your typing is still on this page.`
          )}
        </span>
      ) : (
        "Drafts are saved as you type."
      )}
    </p>
  );
}

/** Signs in again in another tab, so the form and what is typed in it stay where they are. */
function SignInAgainLink() {
  const [href, setHref] = useState("/sign-in");
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener"
      className="underline underline-offset-2"
      onFocus={() => setHref(signInPathFor(`${window.location.pathname}${window.location.search}`))}
      onMouseEnter={() => setHref(signInPathFor(`${window.location.pathname}${window.location.search}`))}
    >
      sign in again
    </a>
  );
}

export interface MeetingFormProps {
  action: Action;
  initial: MeetingFormState;
  countries: CountryOption[];
  topics: TopicOption[];
  lookups: Lookups;
  saveDraft: SaveDraft;
  /** For an edit: the meeting and the version the form was opened at. */
  meeting?: { id: string; version: number };
  draftId?: string;
  /** New meetings only: the duplicate check and "attach this source instead". */
  duplicates?: { find: FindDuplicates; attach: AttachSource };
  /** Suggestions from any source's text (on an edit, only what the record lacks). */
  extract?: ExtractSuggestions;
  cancelHref: string;
  /** Whose form this is: the browser's fallback copy is kept per user. */
  userId: string;
}

/**
 * The meeting form, for new meetings and edits alike: the whole record in one client state, sent
 * as one JSON field and validated by the write path's schema (here first, where cheap, then on the
 * server). On any failure the analyst's values come back; a conflict shows both versions.
 */
export function MeetingForm({ action, initial, countries, topics, lookups, saveDraft, meeting, draftId: initialDraftId, duplicates, extract, cancelHref, userId }: MeetingFormProps) {
  const [state, formAction, pending] = useActionState(action, initial);
  const [values, setValues] = useState<MeetingFormValues>(initial.values);
  const [baseVersion, setBaseVersion] = useState(meeting?.version);
  const [localErrors, setLocalErrors] = useState<Record<string, string[]> | null>(null);
  const [resolved, setResolved] = useState<MeetingFormState | null>(null);
  // A new answer from the server replaces the form's values with what it kept (blank rows dropped).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setValues(state.values);
    setLocalErrors(null);
  }
  const update = useCallback<UpdateValues>((change) => setValues(change), []);
  const [highlight, setHighlight] = useState<SuggestionEvidence | null>(null);
  const deviceKey = deviceCopyKey(userId, meeting?.id);
  const { draftId, status: draftStatus } = useDraftAutosave({ values, save: saveDraft, meetingId: meeting?.id, baseVersion, initialDraftId, enabled: !pending, deviceKey });
  useClearDeviceCopyOnSave(deviceKey, pending);

  const summaryRef = useRef<HTMLDivElement>(null);
  const serverErrors = state.status === "invalid" ? state.fieldErrors : NO_ERRORS;
  const errors = localErrors ?? serverErrors;
  const errorList = Object.entries(errors).filter(([path]) => path !== "_form");
  const failed = localErrors !== null || ((state.status === "invalid" || state.status === "error" || state.status === "conflict") && resolved !== state);
  useEffect(() => {
    if (failed) summaryRef.current?.focus();
  }, [failed, state, localErrors]);

  const payload = useMemo(() => JSON.stringify(values), [values]);
  const context = useMemo(() => ({ countries, topics, lookups }), [countries, topics, lookups]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const compacted = compactMeetingForm(values);
    const checked = meetingRecordSchema.safeParse(toMeetingRecordInput(compacted));
    const size = new Blob([JSON.stringify(compacted)]).size;
    if (!checked.success || size > MAX_PAYLOAD_BYTES) {
      event.preventDefault();
      setValues(compacted);
      setLocalErrors(
        checked.success
          ? { _form: [`This record is too large to send at once (${Math.round(size / 1000).toLocaleString("en")} kB of 1,000 kB): shorten or split the source texts.`] }
          : toFieldErrors(checked.error),
      );
    } else {
      setLocalErrors(null);
    }
  };

  const message = localErrors
    ? (localErrors._form?.[0] ?? "Some fields need attention.")
    : state.status === "invalid" || state.status === "error" || state.status === "conflict"
      ? state.message
      : "";

  return (
    <MeetingFormContext value={context}>
      <FormErrorsContext value={errors}>
        <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5" aria-describedby="form-required-note">
          <input type="hidden" name={FORM_PAYLOAD_FIELD} value={payload} />
          {meeting ? <input type="hidden" name="meetingId" value={meeting.id} /> : null}
          {baseVersion ? <input type="hidden" name="expectedVersion" value={baseVersion} /> : null}
          {draftId ? <input type="hidden" name="draftId" value={draftId} /> : null}
          <p id="form-required-note" className="text-sm text-muted-foreground">
            Fields marked <span className="text-destructive" aria-hidden="true">*</span>
            <span className="sr-only">with an asterisk</span> are required.
          </p>
          {failed && state.status !== "conflict" ? (
            <div ref={summaryRef} tabIndex={-1} role="alert" className="grid scroll-mt-20 gap-2 rounded-lg border border-destructive/50 bg-surface p-4 outline-none focus-visible:outline-2 focus-visible:outline-ring">
              <p className="flex items-center gap-2 font-semibold text-destructive">
                <TriangleAlert className="size-4" aria-hidden="true" />
                {message}
              </p>
              {!localErrors && state.status === "error" && state.referenceId ? (
                <p className="text-sm text-muted-foreground">
                  Reference: <code className="font-mono text-xs">{state.referenceId}</code>
                </p>
              ) : null}
              {errorList.length > 0 ? (
                <ul className="grid list-disc gap-0.5 pl-6 text-sm">
                  {errorList.map(([path, messages]) => (
                    <li key={path}>
                      <a href={`#${anchorFor(path)}`} className="inline-block min-h-6 leading-6 underline underline-offset-2">
                        {labelFor(path)}: {messages[0]}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          {state.status === "conflict" && resolved !== state ? (
            <div ref={summaryRef} tabIndex={-1} className="outline-none">
              <ConflictPanel
                mine={values}
                current={state.current}
                onResolve={(merged, version) => {
                  setValues(merged);
                  setBaseVersion(version);
                  setResolved(state);
                }}
              />
            </div>
          ) : null}
          {resolved === state && state.status === "conflict" ? (
            <p role="status" className="rounded-md border bg-surface p-3 text-sm">
              Your choices are in the form below. Check them, then save: the save builds on the version just saved by the other person.
            </p>
          ) : null}
          <DeviceCopyOffer deviceKey={deviceKey} initialValues={initial.values} onRestore={(restored) => setValues(restored)} />
          {duplicates ? <DuplicatesPanel values={values} find={duplicates.find} attach={duplicates.attach} /> : null}

          <div className="grid items-start gap-5 lg:grid-cols-2">
            <div className="grid gap-5">
              <Section title="The meeting" description="What happened, when and where.">
                <MeetingFields values={values} update={update} part="facts" />
                <CountryRows rows={values.countries} update={update} />
              </Section>
              <Section title="Participants" description="Find each person by name or another spelling, or create a new one. Keep the name as the source writes it.">
                <ParticipantRows rows={values.participants} update={update} />
              </Section>
              <Section title="Topics and tags">
                <TopicPicker id={fieldId("topicIds")} topics={topics} value={values.topicIds} onChange={(topicIds) => update((v) => ({ ...v, topicIds, evidence: v.evidence.filter((s) => s.target.type !== "topic" || topicIds.includes(s.target.topicId)) }))} error={errors.topicIds?.[0]} />
                <TagPicker
                  id={fieldId("tags")}
                  value={values.tags}
                  onAdd={(tag) => update((v) => ({ ...v, tags: [...v.tags, tag] }))}
                  onRemove={(tag) => update((v) => ({ ...v, tags: v.tags.filter((t) => t !== tag) }))} lookup={lookups.tags} error={errors.tags?.[0] ?? Object.entries(errors).find(([k]) => k.startsWith("tags."))?.[1][0]} />
              </Section>
              <Section title="Summary and outcome">
                <MeetingFields values={values} update={update} part="narrative" />
              </Section>
            </div>
            <div className="grid gap-5 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto" id={fieldId("sources")} tabIndex={-1}>
              <Section title="Sources and evidence" description="The articles or readouts this record rests on. Select a passage in a text and link it to a field, participant, country or topic.">
                {extract ? <ExtractionAssist values={values} update={update} extract={extract} onHighlight={setHighlight} /> : null}
                <SourceRows values={values} update={update} highlight={highlight} />
              </Section>
            </div>
          </div>

          <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-end gap-2 border-t bg-background/95 px-1 py-3 backdrop-blur">
            <DraftStatusLine status={draftStatus} />
            <Button variant="ghost" asChild>
              <Link href={cancelHref as Route}>Cancel</Link>
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
              {pending ? "Saving…" : "Save meeting"}
            </Button>
          </div>
        </form>
      </FormErrorsContext>
    </MeetingFormContext>
  );
}
