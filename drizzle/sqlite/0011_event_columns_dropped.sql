ALTER TABLE `room_events` DROP COLUMN `emoji`;--> statement-breakpoint
ALTER TABLE `room_events` DROP COLUMN `actor_id`;--> statement-breakpoint
ALTER TABLE `room_events` DROP COLUMN `added`;--> statement-breakpoint
ALTER TABLE `room_events` DROP COLUMN `count`;