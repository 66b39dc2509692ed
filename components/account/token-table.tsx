import { RevokeTokenButton, type RevokeAction } from "@/components/account/revoke-token-button";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ApiTokenItem } from "@/lib/auth/tokens/dto";

const STATE_LABELS: Record<ApiTokenItem["state"], { label: string; variant: "success" | "neutral" }> = {
  active: { label: "Active", variant: "success" },
  expired: { label: "Expired", variant: "neutral" },
  revoked: { label: "Revoked", variant: "neutral" },
};

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const day = (iso: string | null) => (iso ? DAY.format(new Date(iso)) : "Never");

/** Tokens with their scopes, dates and state; live ones can be revoked. Owners shown for admins. */
export function TokenTable({ tokens, revokeAction, showOwner = false }: { tokens: ApiTokenItem[]; revokeAction: RevokeAction; showOwner?: boolean }) {
  if (tokens.length === 0) return <p className="text-sm text-muted-foreground">No tokens yet.</p>;
  return (
    <Table>
      <TableHeader>
        <TableRow>
          <TableHead>Name</TableHead>
          {showOwner ? <TableHead>Owner</TableHead> : null}
          <TableHead>Scopes</TableHead>
          <TableHead>Made</TableHead>
          <TableHead>Expires</TableHead>
          <TableHead>Last used</TableHead>
          <TableHead>State</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>
              <span className="font-medium">{token.name}</span> <code className="text-xs text-muted-foreground">{token.prefix}…</code>
            </TableCell>
            {showOwner ? <TableCell>{token.owner ? `${token.owner.name} (${token.owner.email})` : ""}</TableCell> : null}
            <TableCell>{token.scopes.join(", ")}</TableCell>
            <TableCell>{day(token.createdAt)}</TableCell>
            <TableCell>{day(token.expiresAt)}</TableCell>
            <TableCell>{day(token.lastUsedAt)}</TableCell>
            <TableCell>
              <Badge variant={STATE_LABELS[token.state].variant}>{STATE_LABELS[token.state].label}</Badge>
            </TableCell>
            <TableCell>{token.state === "active" ? <RevokeTokenButton tokenId={token.id} tokenName={token.name} revokeAction={revokeAction} /> : null}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
