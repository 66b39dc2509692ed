"use client";

import { Keyboard } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { TABLE_SHORTCUTS } from "@/components/meetings/table/shortcut-keys";

/**
 * The table's shortcuts, opened with `?` or its button (the button stays when shortcuts are
 * off, so they can be turned back on). `x` is listed only for roles that can select.
 */
export function ShortcutsDialog({
  open,
  onOpenChange,
  enabled,
  onEnabledChange,
  canSelect,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  enabled: boolean;
  onEnabledChange: (enabled: boolean) => void;
  canSelect: boolean;
}) {
  const id = useId();
  const shortcuts = TABLE_SHORTCUTS.filter((item) => canSelect || item.shortcut !== "select");
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm">
          <Keyboard aria-hidden="true" />
          <span className="sr-only sm:not-sr-only">Shortcuts</span>
        </Button>
      </DialogTrigger>
      <DialogContent>
        <DialogHeader>
          <DialogTitle>Keyboard shortcuts</DialogTitle>
          <DialogDescription>Single keys work on the meetings table when you are not typing in a field.</DialogDescription>
        </DialogHeader>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          {shortcuts.map((item) => (
            <div key={item.keys} className="contents">
              <dt>
                <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">{item.keys}</kbd>
              </dt>
              <dd>{item.description}</dd>
            </div>
          ))}
          <div className="contents">
            <dt>
              <kbd className="rounded border bg-muted px-1.5 py-0.5 font-mono text-xs">Esc</kbd>
            </dt>
            <dd>Leave the search box</dd>
          </div>
        </dl>
        <div className="flex items-center gap-2 text-sm">
          <Checkbox id={`${id}-enabled`} checked={enabled} onCheckedChange={(checked) => onEnabledChange(checked === true)} />
          <label htmlFor={`${id}-enabled`}>Use single-key shortcuts</label>
        </div>
      </DialogContent>
    </Dialog>
  );
}
