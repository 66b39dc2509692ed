import { cva, type VariantProps } from "class-variance-authority";
import type { ComponentProps } from "react";
import { cn } from "@/components/ui/cn";

// The looks are named classes in app/globals.css (`.badge`, `.badge-neutral`, …).
export const badgeVariants = cva("badge", {
  variants: {
    variant: {
      neutral: "badge-neutral",
      outline: "badge-outline",
      primary: "badge-primary",
      success: "badge-success",
      warning: "badge-warning",
      destructive: "badge-destructive",
    },
  },
  defaultVariants: { variant: "neutral" },
});

export function Badge({
  className,
  variant,
  ...props
}: ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span data-slot="badge" className={cn(badgeVariants({ variant }), className)} {...props} />;
}
