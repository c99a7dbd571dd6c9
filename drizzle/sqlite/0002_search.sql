-- Full-text search over message bodies. A custom migration (drizzle-kit does not model FTS5), filled in
-- by hand. External content: the index holds only tokens and reads bodies back from `messages` by rowid.
-- Every message row has an index entry; a deleted one (deleted_at set) is indexed as '' so it can never
-- match, whatever its body. FTS5's 'delete' must be given exactly the indexed value, hence the iif() in
-- every trigger. The domain clears the body on delete, so the index equals the table and FTS5's
-- 'rebuild' and 'integrity-check' both hold (run 'rebuild' after a VACUUM: `messages` has a text primary
-- key, so a VACUUM may renumber its rowids).
CREATE VIRTUAL TABLE `messages_fts` USING fts5(
	body,
	content='messages',
	content_rowid='rowid',
	tokenize='unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `messages_fts_insert` AFTER INSERT ON `messages` BEGIN
	INSERT INTO messages_fts(rowid, body) VALUES (new.rowid, iif(new.deleted_at IS NULL, new.body, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_update` AFTER UPDATE OF body, deleted_at ON `messages` BEGIN
	INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.rowid, iif(old.deleted_at IS NULL, old.body, ''));
	INSERT INTO messages_fts(rowid, body) VALUES (new.rowid, iif(new.deleted_at IS NULL, new.body, ''));
END;
--> statement-breakpoint
CREATE TRIGGER `messages_fts_delete` AFTER DELETE ON `messages` BEGIN
	INSERT INTO messages_fts(messages_fts, rowid, body) VALUES ('delete', old.rowid, iif(old.deleted_at IS NULL, old.body, ''));
END;
--> statement-breakpoint
INSERT INTO messages_fts(rowid, body) SELECT rowid, iif(deleted_at IS NULL, body, '') FROM messages;
