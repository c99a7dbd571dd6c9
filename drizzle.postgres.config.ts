import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'postgresql',
  schema: './server/db/pgSchema.ts',
  out: './drizzle/postgres',
});
