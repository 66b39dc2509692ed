"use client";

import { ArrowDown, ArrowUp, Columns3 } from "lucide-react";
import { useId } from "react";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import {
  MEETING_COLUMN_IDS,
  REQUIRED_COLUMN,
  moveColumn,
  toggleColumn,
  type MeetingColumnId,
} from "@/lib/meetings/table-columns";

/**
 * Show, hide and reorder the table's columns with the keyboard or a pointer: a checkbox per
 * column and buttons that move a shown column one place. The title column always shows.
 */
export function ColumnsMenu({
  columns,
  labels,
  onChange,
  onReset,
}: {
  /** The shown columns, in order. */
  columns: readonly MeetingColumnId[];
  labels: Record<MeetingColumnId, string>;
  onChange: (next: MeetingColumnId[]) => void;
  onReset: () => void;
}) {
  const id = useId();
  const hidden = MEETING_COLUMN_IDS.filter((column) => !columns.includes(column));
  return (
    <Popover>
      <PopoverTrigger asChild>
        <Button variant="outline" size="sm">
          <Columns3 aria-hidden="true" />
          Columns
        </Button>
      </PopoverTrigger>
      <PopoverContent align="end" className="w-64" aria-label="Columns">
        <ul className="grid gap-0.5 text-sm">
          {[...columns, ...hidden].map((column) => {
            const shown = columns.includes(column);
            const index = columns.indexOf(column);
            const label = labels[column];
            return (
              <li key={column} className="flex items-center gap-2 rounded px-1 py-0.5">
                <Checkbox
                  id={`${id}-${column}`}
                  checked={shown}
                  disabled={column === REQUIRED_COLUMN}
                  onCheckedChange={(checked) => onChange(toggleColumn(columns, column, checked === true))}
                />
                <label htmlFor={`${id}-${column}`} className="flex-1">
                  {label}
                </label>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={`Move ${label} up`}
                  disabled={!shown || index === 0}
                  onClick={() => onChange(moveColumn(columns, column, -1))}
                >
                  <ArrowUp aria-hidden="true" />
                </Button>
                <Button
                  variant="ghost"
                  size="icon-sm"
                  aria-label={`Move ${label} down`}
                  disabled={!shown || index === columns.length - 1}
                  onClick={() => onChange(moveColumn(columns, column, 1))}
                >
                  <ArrowDown aria-hidden="true" />
                </Button>
              </li>
            );
          })}
        </ul>
        <div className="mt-2 border-t pt-2">
          <Button variant="ghost" size="sm" className="w-full" onClick={onReset}>
            Reset columns
          </Button>
        </div>
      </PopoverContent>
    </Popover>
  );
}
