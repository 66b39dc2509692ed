"use client";

import "./globals.css";

// Replaces the root layout when it fails, so it brings its own <html> and no providers.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body className="grid min-h-dvh place-items-center bg-background p-6 font-sans text-foreground">
        <main id="main" role="alert" className="grid max-w-md gap-3 text-center">
          <h1 className="text-lg font-semibold">Parley could not load</h1>
          <p className="text-sm text-muted-foreground">
            Something went wrong on our side. Try again; if it keeps happening, send the reference below to your administrator.
          </p>
          {error.digest ? (
            <p className="text-sm">
              Reference: <code className="font-mono text-xs">{error.digest}</code>
            </p>
          ) : null}
          <button
            type="button"
            onClick={reset}
            className="mx-auto h-9 rounded-md bg-primary px-4 text-sm font-medium text-primary-foreground"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
