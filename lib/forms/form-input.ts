/**
 * Server actions are public POST endpoints: a crafted request can pass any value where the form
 * is expected. Reading such a value as an empty form turns it into ordinary "fill in the
 * fields" answers instead of a TypeError and an error page.
 */
export function formDataOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
