import type { CountryOption } from "@/lib/meetings/options";

/** The <option>s of every country picker: one empty choice, then the countries by name. */
export function CountryOptions({ countries, emptyLabel }: { countries: CountryOption[]; emptyLabel: string }) {
  return (
    <>
      <option value="">{emptyLabel}</option>
      {countries.map((country) => (
        <option key={country.code} value={country.code}>
          {country.name}
        </option>
      ))}
    </>
  );
}
