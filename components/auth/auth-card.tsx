import type { ReactNode } from "react";

/** The centred card the sign-in, second-factor and setup pages share. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-background px-4 py-12">
      <div className="w-full max-w-sm">
        <p className="mb-6 text-center text-lg font-semibold tracking-tight text-foreground">Parley</p>
        <section aria-labelledby="auth-card-title" className="rounded-lg border bg-surface p-6 shadow-xs">
          <h1 id="auth-card-title" className="text-xl font-semibold tracking-tight text-foreground">
            {title}
          </h1>
          {description ? <div className="mt-1 text-sm text-muted-foreground">{description}</div> : null}
          <div className="mt-6">{children}</div>
        </section>
      </div>
    </main>
  );
}
