import { defineConfig } from "prisma/config";

// Prisma 7 reads the datasource URL here. The project's own commands (npm run db:migrate, dev,
// start, test) resolve DATABASE_URL themselves, starting the embedded server when it is unset;
// Prisma's CLI is only needed where its schema engine can be had (see README).
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/parley" },
});
