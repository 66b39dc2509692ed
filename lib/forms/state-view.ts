import type { ActionState } from "@/lib/forms/action-state";

// What forms read from an ActionState; free of server code, so client components can import it.

type AnyState = ActionState<unknown, unknown, unknown>;

/** The first error beside `field`, when the last answer put one there. */
export function fieldErrorOf(state: AnyState, field: string): string | undefined {
  return state.status === "invalid" ? state.fieldErrors[field]?.[0] : undefined;
}

/** What a form's alert says after a failure (with the reference id of an unexpected one); nothing otherwise. */
export function failureOf(state: AnyState): string | undefined {
  if (state.status === "idle" || state.status === "saved" || !state.message) return undefined;
  return state.status === "error" && state.referenceId ? `${state.message} (Reference ${state.referenceId}.)` : state.message;
}

/** The first answer of a form: nothing said yet, these values in its fields. */
export function idleState<Values, Current = unknown, Result = never>(values: Values): ActionState<Values, Current, Result> {
  return { status: "idle", values };
}

/** Calls a form's action from code (a button, a checkbox, an autosave) with these fields, as the form would. */
export function submitFields<State extends AnyState>(action: (previous: State, formData: FormData) => Promise<State>, fields: Record<string, string>): Promise<State> {
  const formData = new FormData();
  for (const [name, value] of Object.entries(fields)) formData.set(name, value);
  // These actions read only their form data; the previous state they are handed is never read.
  return action(idleState(fields) as unknown as State, formData);
}
