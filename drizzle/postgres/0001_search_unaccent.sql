-- Search ignores accents, as SQLite's FTS5 (unicode61 remove_diacritics 2) does: `mull` finds "Müller".
-- Needs the `unaccent` extension (PostgreSQL contrib, in Debian's postgresql package) installable by
-- the role that migrates: CREATE EXTENSION runs here, at boot. unaccent is a trusted extension, so a
-- role with CREATE on the database is enough; otherwise a superuser runs
-- `CREATE EXTENSION unaccent;` in the database once beforehand, and this finds it there.
--
-- courtside_search is 'simple' (lower-cased words, no stemming, no stop words) with accents removed
-- first; unaccent is a filtering dictionary, so its output goes on to simple. Queries and headlines
-- must name the same config (server/storage/postgres/search.ts).
--
-- PostgreSQL 15 cannot change a generated column's expression, so the column and its GIN index are
-- dropped and added again (this rewrites messages once). Hand-written (drizzle-kit generate --custom):
-- drizzle-kit cannot express extensions or text search configurations; pgSchema.ts and
-- meta/0001_snapshot.json carry the new expression so the next generate finds no change.
CREATE EXTENSION IF NOT EXISTS unaccent;--> statement-breakpoint
CREATE TEXT SEARCH CONFIGURATION courtside_search (COPY = simple);--> statement-breakpoint
ALTER TEXT SEARCH CONFIGURATION courtside_search ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;--> statement-breakpoint
DROP INDEX "messages_search";--> statement-breakpoint
ALTER TABLE "messages" DROP COLUMN "search";--> statement-breakpoint
ALTER TABLE "messages" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (to_tsvector('courtside_search'::regconfig, CASE WHEN deleted_at IS NULL THEN body ELSE '' END)) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "messages_search" ON "messages" USING gin ("search");
