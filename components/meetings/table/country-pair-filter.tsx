"use client";

import { ArrowLeftRight, X } from "lucide-react";
import { useId, useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { Select } from "@/components/ui/select";
import { CountryOptions } from "@/components/meetings/country-options";
import type { CountryOption } from "@/lib/meetings/options";

const labelClass = "text-xs font-medium text-muted-foreground";

/** `AZ,CN` → ["AZ", "CN"]; either side may be open (`AZ,`), as the server reads it. */
function readPair(pair: string | null): [string, string] {
  const [first = "", second = ""] = (pair ?? "").split(",").map((part) => part.trim().toUpperCase());
  return [first, second];
}

/** "Between Azerbaijan and China", or "Azerbaijan and any country" when a side is open. */
export function pairLabel(pair: string, countries: CountryOption[]): string {
  const name = (code: string) => countries.find((country) => country.code === code)?.name ?? code;
  const [first, second] = readPair(pair).filter(Boolean);
  if (!first) return "Any pair of countries";
  return second ? `Between ${name(first)} and ${name(second)}` : `${name(first)} and any country`;
}

/**
 * The country-pair filter (`pair=AZ,CN`, meetings in which both took part): shown as a removable
 * chip when set, and chosen here with both countries at once, which the single country filter
 * and the country facet (either country, OR) cannot express.
 */
export function CountryPairFilter({
  pair,
  countries,
  onWantCountries,
  onChange,
}: {
  pair: string | null;
  countries: CountryOption[];
  /** Asks for the whole country list (it loads after the page; see use-country-options.ts). */
  onWantCountries: () => void;
  onChange: (pair: string | null) => void;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [sides, setSides] = useState(() => readPair(pair));
  const [problem, setProblem] = useState<string | null>(null);
  const label = pair ? pairLabel(pair, countries) : null;

  const openChange = (next: boolean) => {
    // Each opening starts from the filter in the URL, not from an abandoned choice.
    if (next) {
      onWantCountries();
      setSides(readPair(pair));
      setProblem(null);
    }
    setOpen(next);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const [first, second] = sides;
    const invalid = !first || !second ? "Choose both countries." : first === second ? "Choose two different countries." : null;
    setProblem(invalid);
    if (invalid) return;
    onChange(`${first},${second}`);
    setOpen(false);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      {label ? (
        <ul aria-label="Active filters" className="flex flex-wrap gap-2">
          <li className="inline-flex max-w-full items-center gap-1 rounded-md border bg-muted py-0.5 pr-0.5 pl-2 text-sm">
            <ArrowLeftRight className="size-3.5 shrink-0 text-muted-foreground" aria-hidden="true" />
            <span className="[overflow-wrap:anywhere]">{label}</span>
            <Button variant="ghost" size="icon-sm" aria-label={`Remove filter: ${label}`} title="Remove this filter" onClick={() => onChange(null)}>
              <X aria-hidden="true" />
            </Button>
          </li>
        </ul>
      ) : null}
      <Popover open={open} onOpenChange={openChange}>
        <PopoverTrigger asChild>
          <Button variant="outline" size="sm">
            <ArrowLeftRight aria-hidden="true" />
            {label ? "Change country pair" : "Country pair"}
          </Button>
        </PopoverTrigger>
        <PopoverContent className="w-72 p-3" aria-label="Country pair">
          <form className="grid gap-3" onSubmit={submit} noValidate>
            <p className="text-sm text-muted-foreground">Meetings in which both countries took part.</p>
            {(["First country", "Second country"] as const).map((name, index) => (
              <div key={name} className="grid gap-1">
                <label htmlFor={`${id}-${index}`} className={labelClass}>
                  {name}
                </label>
                <Select
                  id={`${id}-${index}`}
                  value={sides[index]}
                  aria-invalid={problem ? true : undefined}
                  aria-describedby={problem ? `${id}-problem` : undefined}
                  onChange={(event) => {
                    const next: [string, string] = [...sides];
                    next[index] = event.target.value;
                    setSides(next);
                    setProblem(null);
                  }}
                >
                  <CountryOptions countries={countries} emptyLabel="Choose a country" />
                </Select>
              </div>
            ))}
            {problem ? (
              <p id={`${id}-problem`} role="alert" className="text-sm text-destructive">
                {problem}
              </p>
            ) : null}
            <Button type="submit" size="sm">
              Show meetings between them
            </Button>
          </form>
        </PopoverContent>
      </Popover>
    </div>
  );
}
