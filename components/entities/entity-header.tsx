import type { ReactNode } from "react";

/** An entity page's title block: what it is, its name, and a line of facts. */
export function EntityHeader({ kind, name, children, actions }: { kind: string; name: string; children?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-start justify-between gap-3">
      <div className="grid gap-1">
        <p className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">{kind}</p>
        <h1 className="text-2xl font-semibold tracking-tight text-balance">{name}</h1>
        {children ? <div className="text-sm text-muted-foreground">{children}</div> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
    </header>
  );
}
