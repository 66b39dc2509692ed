"use client";

import { useCallback, useEffect, useState } from "react";
import type { CountryOption } from "@/lib/meetings/options";

// One load per tab (and the browser keeps the answer for a day): the list is reference data.
let loading: Promise<CountryOption[]> | null = null;

function loadCountries(): Promise<CountryOption[]> {
  loading ??= fetch("/meetings/countries", { credentials: "same-origin" })
    .then((response) => (response.ok ? (response.json() as Promise<CountryOption[]>) : Promise.reject(new Error(String(response.status)))))
    .catch((error: unknown) => {
      loading = null;
      throw error;
    });
  return loading;
}

/**
 * Every country for the table's pickers, loaded after the page is up instead of being rendered
 * into each list page. Until it arrives, `known` (the countries the view names, from the server)
 * keeps each picker showing its choice; a failed load is tried again when a picker is next wanted.
 */
export function useCountryOptions(known: CountryOption[]): { countries: CountryOption[]; want: () => void } {
  const [all, setAll] = useState<CountryOption[] | null>(null);
  const want = useCallback(() => {
    loadCountries().then(setAll, () => undefined);
  }, []);
  useEffect(want, [want]);
  return { countries: all ?? known, want };
}
