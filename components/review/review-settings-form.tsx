"use client";

import { useState, useTransition } from "react";
import { toast } from "sonner";
import type { ActionState } from "@/lib/forms/action-state";
import { failureOf, submitFields } from "@/lib/forms/state-view";

type SettingsState = ActionState<Record<string, string>>;
type Rule = { requireSecondPerson: boolean; smallEditsWithoutReview: boolean };

/** The team's review rule: two checkboxes, each saved as it changes. */
export function ReviewSettingsForm({ rule, action }: { rule: Rule; action: (previous: SettingsState, formData: FormData) => Promise<SettingsState> }) {
  const [shown, setShown] = useState(rule);
  const [pending, startTransition] = useTransition();
  const save = (next: Rule) =>
    startTransition(async () => {
      const result = await submitFields(action, {
        requireSecondPerson: next.requireSecondPerson ? "on" : "off",
        smallEditsWithoutReview: next.smallEditsWithoutReview ? "on" : "off",
      });
      if (result.status === "saved") {
        setShown(next);
        toast.success(result.message);
      } else toast.error(failureOf(result) ?? "That did not work.");
    });
  return (
    <fieldset className="grid gap-4" disabled={pending}>
      <legend className="sr-only">Review before publishing</legend>
      <Option
        checked={shown.requireSecondPerson}
        onChange={(checked) => save({ ...shown, requireSecondPerson: checked })}
        label="Publishing needs a second person"
        description="A meeting is published only when someone other than its last editor approves it. Saving a published meeting sends it back to review."
      />
      <Option
        checked={shown.smallEditsWithoutReview}
        disabled={!shown.requireSecondPerson}
        onChange={(checked) => save({ ...shown, smallEditsWithoutReview: checked })}
        label="Tag changes need no review"
        description="A published meeting whose tags alone change stays published. Any other change goes to review."
      />
    </fieldset>
  );
}

function Option({ checked, disabled, onChange, label, description }: { checked: boolean; disabled?: boolean; onChange: (checked: boolean) => void; label: string; description: string }) {
  return (
    <label className="flex items-start gap-3 text-sm">
      <input type="checkbox" className="mt-0.5 size-4 accent-primary" checked={checked} disabled={disabled} onChange={(event) => onChange(event.target.checked)} />
      <span>
        <span className="font-medium">{label}</span>
        <span className="block text-muted-foreground">{description}</span>
      </span>
    </label>
  );
}
