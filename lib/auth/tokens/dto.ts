// What the account and admin pages are given about a token: never its secret or hash.

export interface ApiTokenItem {
  id: string;
  name: string;
  /** The secret's first characters, to tell tokens apart. */
  prefix: string;
  scopes: string[];
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
  /** "active", or why it no longer works. */
  state: "active" | "expired" | "revoked";
  /** Set in the admins' list: whose token it is. */
  owner?: { id: string; name: string; email: string };
}

/** What making a token hands back, once: the only time the secret exists outside the caller's tool. */
export interface CreatedApiToken {
  id: string;
  name: string;
  secret: string;
  expiresAt: string;
}
