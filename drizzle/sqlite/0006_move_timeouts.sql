-- A custom migration (drizzle-kit generate --custom), filled in by hand: timeouts still running move
-- from the membership row to room_timeouts, before the next migration drops the old columns.
INSERT INTO room_timeouts (room_id, user_id, until, reason, timed_out_by, created_at)
SELECT room_id, user_id, timed_out_until, timeout_reason, NULL, unixepoch('subsec') * 1000
FROM memberships
WHERE timed_out_until IS NOT NULL AND timed_out_until > unixepoch('subsec') * 1000;
