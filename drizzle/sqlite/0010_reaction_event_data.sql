-- A custom migration (drizzle-kit generate --custom), filled in by hand: the ReactionChanged rows of
-- the log move their emoji, actor, added and count into `data`, as server/reactions/reactionEvents.ts
-- keeps them, before the next migration drops the old columns. `added` was 0/1; JSON gets a boolean.
UPDATE room_events
SET data = json_object(
  'emoji', emoji,
  'userId', actor_id,
  'added', CASE WHEN added IS NULL THEN NULL WHEN added THEN json('true') ELSE json('false') END,
  'count', count
)
WHERE type = 'ReactionChanged';
