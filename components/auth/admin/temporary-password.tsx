/** Shown once after creating an account or resetting its password: the admin passes it on. */
export function TemporaryPassword({ email, password, verb, hours }: { email: string; password: string; verb: "created" | "reset"; hours: number }) {
  return (
    <div role="status" className="grid gap-1 rounded-md border border-success/40 px-3 py-2 text-sm">
      <p>
        Account {email} {verb === "created" ? "created" : "has a new temporary password"}. Give this temporary password to its owner
        through a trusted channel; it is not shown again, must be changed at first sign-in, and stops working after {hours} hours:
      </p>
      <code className="font-mono text-base select-all" data-testid="temporary-password">
        {password}
      </code>
    </div>
  );
}
