ALTER TABLE `memberships` DROP COLUMN `timed_out_until`;--> statement-breakpoint
ALTER TABLE `memberships` DROP COLUMN `timeout_reason`;