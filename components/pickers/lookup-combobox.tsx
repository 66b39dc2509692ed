"use client";

import { ChevronsUpDown, LoaderCircle, Plus } from "lucide-react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Command, CommandEmpty, CommandGroup, CommandInput, CommandItem, CommandList } from "@/components/ui/command";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import type { LookupOption } from "@/lib/lookup/lookup-query";

export type { LookupOption };
/** Finds options for what the analyst typed (a server action for people, tags; local for topics). */
export type LookupFunction = (query: string) => Promise<LookupOption[]>;

const DEBOUNCE_MS = 200;

export interface LookupComboboxProps {
  id: string;
  /** The trigger's text: the current choice, or a prompt. */
  children: ReactNode;
  lookup: LookupFunction;
  onSelect: (option: LookupOption, typed: string) => void;
  /** When given, "Create new …" is offered for the typed text. */
  onCreate?: (typed: string) => void;
  createLabel?: (typed: string) => string;
  placeholder?: string;
  /** What the search box holds when it opens (a name already written in the form). */
  initialQuery?: string;
  invalid?: boolean;
  describedBy?: string;
  disabled?: boolean;
  /** The trigger's name where no <label> points at it. */
  ariaLabel?: string;
  className?: string;
}

/**
 * A type-ahead combobox (cmdk in a Radix popover): arrow keys, Enter, Escape; the server or the
 * caller does the matching, so cmdk's own filter is off. Late answers to earlier keystrokes are
 * dropped so the list always matches the text in the box.
 */
export function LookupCombobox({ id, children, lookup, onSelect, onCreate, createLabel, placeholder, initialQuery = "", invalid, describedBy, disabled, ariaLabel, className }: LookupComboboxProps) {
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<LookupOption[]>([]);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(0);

  useEffect(() => {
    if (!open) return;
    const ticket = ++latest.current;
    const timer = setTimeout(() => {
      setLoading(true);
      lookup(query)
        .then((found) => {
          if (ticket !== latest.current) return;
          setOptions(found);
          setFailed(false);
        })
        .catch(() => {
          if (ticket === latest.current) setFailed(true);
        })
        .finally(() => {
          if (ticket === latest.current) setLoading(false);
        });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [open, query, lookup]);

  const typed = query.trim();
  const close = () => {
    setOpen(false);
    setQuery("");
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (!next) return close();
        setQuery(initialQuery.trim());
        setOpen(true);
      }}
    >
      <PopoverTrigger asChild>
        <Button
          id={id}
          type="button"
          variant="outline"
          role="combobox"
          aria-expanded={open}
          aria-haspopup="listbox"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          disabled={disabled}
          aria-label={ariaLabel}
          className={cn("h-auto min-h-9 w-full justify-between text-left font-normal whitespace-normal", invalid && "border-destructive", className)}
        >
          <span className="min-w-0 flex-1">{children}</span>
          <ChevronsUpDown className="opacity-60" aria-hidden="true" />
        </Button>
      </PopoverTrigger>
      <PopoverContent className="w-[min(28rem,calc(100vw-2rem))] p-0">
        <Command shouldFilter={false} label={placeholder ?? "Search"}>
          <CommandInput value={query} onValueChange={setQuery} placeholder={placeholder ?? "Type to search…"} aria-label={placeholder ?? "Search"} />
          <CommandList>
            {loading ? (
              <p className="flex items-center gap-2 px-3 py-2 text-sm text-muted-foreground" role="status">
                <LoaderCircle className="size-4 animate-spin" aria-hidden="true" /> Searching…
              </p>
            ) : null}
            {failed ? <p className="px-3 py-2 text-sm text-destructive" role="alert">Could not search just now. Keep typing to try again.</p> : null}
            {!loading && !onCreate ? <CommandEmpty>{typed ? "Nothing matches." : "Type to search."}</CommandEmpty> : null}
            {options.length > 0 ? (
              <CommandGroup heading="Existing">
                {options.map((option) => (
                  <CommandItem
                    key={option.id}
                    value={`existing:${option.id}`}
                    onSelect={() => {
                      onSelect(option, typed);
                      close();
                    }}
                  >
                    <span className="grid">
                      <span>{option.label}</span>
                      {option.hint ? <span className="text-xs text-muted-foreground">{option.hint}</span> : null}
                    </span>
                  </CommandItem>
                ))}
              </CommandGroup>
            ) : null}
            {onCreate && typed ? (
              <CommandGroup heading="New">
                <CommandItem
                  value="create-new"
                  onSelect={() => {
                    onCreate(typed);
                    close();
                  }}
                >
                  <Plus aria-hidden="true" />
                  {createLabel ? createLabel(typed) : `Create “${typed}”`}
                </CommandItem>
              </CommandGroup>
            ) : null}
          </CommandList>
        </Command>
      </PopoverContent>
    </Popover>
  );
}

/** Folds case and accents the way the server's parley_unaccent does, for local filtering. */
export function foldForSearch(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLocaleLowerCase("en");
}

/** A LookupFunction over a list already in the page (topics, countries). */
export function localLookup<T>(items: T[], toOption: (item: T) => LookupOption): LookupFunction {
  const all = items.map(toOption);
  return async (query) => {
    const needle = foldForSearch(query.trim());
    return (needle ? all.filter((option) => foldForSearch(option.label).includes(needle)) : all).slice(0, 50);
  };
}
