/**
 * The accounts e2e/support/prepare-database.ts creates in the end-to-end database, with known passwords.
 * Test data only: these never exist outside a throw-away test database.
 */
export const TEST_USERS = {
  admin: { email: "admin@e2e.parley.test", password: "e2e admin passphrase 4821", name: "Ada Admin", role: "admin" },
  analyst: { email: "analyst@e2e.parley.test", password: "e2e analyst passphrase 7313", name: "Ana Analyst", role: "analyst" },
  viewer: { email: "viewer@e2e.parley.test", password: "e2e viewer passphrase 9054", name: "Vic Viewer", role: "viewer" },
  deactivated: { email: "deactivated@e2e.parley.test", password: "e2e deactivated passphrase 1187", name: "Dee Deactivated", role: "analyst" },
} as const;

export type TestUserKey = keyof typeof TEST_USERS;
