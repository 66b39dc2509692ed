"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";

interface EvidenceState {
  /** The key under the pointer or focus, if any. */
  hovered: string | null;
  /** The key whose "Show evidence" button is pressed: stays lit until pressed again. */
  pinned: string | null;
  setHovered: (key: string | null) => void;
  togglePinned: (key: string) => void;
}

const EvidenceContext = createContext<EvidenceState | null>(null);

/** Shares which participant, organisation, country, topic or field the analyst is looking at. */
export function EvidenceProvider({ children }: { children: ReactNode }) {
  const [hovered, setHovered] = useState<string | null>(null);
  const [pinned, setPinned] = useState<string | null>(null);
  const value = useMemo<EvidenceState>(
    () => ({ hovered, pinned, setHovered, togglePinned: (key) => setPinned((current) => (current === key ? null : key)) }),
    [hovered, pinned],
  );
  return <EvidenceContext.Provider value={value}>{children}</EvidenceContext.Provider>;
}

export function useEvidence(): EvidenceState {
  const state = useContext(EvidenceContext);
  if (!state) throw new Error("useEvidence needs an EvidenceProvider");
  return state;
}

/** True when spans of `keys` should be lit. */
export function useIsLit(keys: string[]): boolean {
  const { hovered, pinned } = useEvidence();
  return keys.some((key) => key === hovered || key === pinned);
}
