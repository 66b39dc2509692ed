"use client";

import { createContext, useContext } from "react";

/** The failed save's field errors, keyed by path ("participants.0.name"). */
export const FormErrorsContext = createContext<Record<string, string[]>>({});

export function useFieldError(path: string): string | undefined {
  return useContext(FormErrorsContext)[path]?.[0];
}

/** Turns a field path into a DOM id: "participants.0.name" → "field-participants-0-name". */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}
