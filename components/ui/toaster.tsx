"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner } from "sonner";

/** The app's one toast region; call `toast()` from "sonner" anywhere on the client. */
export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="bottom-right"
      closeButton
      toastOptions={{
        classNames: {
          toast: "!bg-surface !text-foreground !border-border",
          description: "!text-muted-foreground",
        },
      }}
    />
  );
}
