"use client";

import { createContext, useContext } from "react";
import type { LookupFunction } from "@/components/pickers/lookup-combobox";
import type { MeetingFormValues } from "@/lib/meetings/form-data";
import type { CountryOption, TopicOption } from "@/lib/meetings/options";

export type UpdateValues = (change: (values: MeetingFormValues) => MeetingFormValues) => void;

export interface Lookups {
  people: LookupFunction;
  organizations: LookupFunction;
  tags: LookupFunction;
}

/** What every part of the meeting form reads: the vocabularies and the pickers' type-ahead. */
export interface MeetingFormContextValue {
  countries: CountryOption[];
  topics: TopicOption[];
  lookups: Lookups;
}

export const MeetingFormContext = createContext<MeetingFormContextValue | null>(null);

export function useMeetingFormContext(): MeetingFormContextValue {
  const context = useContext(MeetingFormContext);
  if (!context) throw new Error("useMeetingFormContext outside MeetingForm");
  return context;
}
