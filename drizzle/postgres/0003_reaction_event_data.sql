-- A custom migration (drizzle-kit generate --custom), filled in by hand: the ReactionChanged rows of
-- the log move their emoji, actor, added and count into `data`, as server/reactions/reactionEvents.ts
-- keeps them, before the next migration drops the old columns.
UPDATE room_events
SET data = jsonb_build_object('emoji', emoji, 'userId', actor_id, 'added', added, 'count', count)
WHERE type = 'ReactionChanged';
