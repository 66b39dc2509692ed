import type { ReactNode } from "react";

/** The edit form, folded away under the record's header until an analyst opens it. */
export function EditDetails({ what, children }: { what: "person" | "organisation"; children: ReactNode }) {
  return (
    <details className="rounded-md border px-3 py-2 print:hidden">
      <summary className="w-fit cursor-pointer rounded-sm text-sm font-medium">Edit {what}: name, country, notes, Wikidata id</summary>
      {children}
    </details>
  );
}

/** The record's Wikidata item, opened on Wikidata's site. */
export function WikidataLink({ id }: { id: string }) {
  return (
    <p className="mt-1">
      Wikidata{" "}
      <a href={`https://www.wikidata.org/wiki/${id}`} rel="noreferrer" target="_blank" className="underline underline-offset-2">
        {id}
        <span className="sr-only"> (opens Wikidata in a new tab)</span>
      </a>
    </p>
  );
}
