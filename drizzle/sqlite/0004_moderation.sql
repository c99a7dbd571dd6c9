CREATE TABLE `bans` (
	`room_id` text NOT NULL,
	`user_id` text NOT NULL,
	`reason` text,
	`banned_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`room_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `held_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`author_id` text,
	`body` text NOT NULL,
	`reply_to_id` text,
	`thread_root_id` text,
	`client_message_id` text,
	`send_fingerprint` text,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`rule` text NOT NULL,
	`created_at` integer NOT NULL,
	`decided_at` integer,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `held_author_client_id` ON `held_messages` (`author_id`,`client_message_id`);--> statement-breakpoint
CREATE INDEX `held_room_status` ON `held_messages` (`room_id`,`status`);--> statement-breakpoint
CREATE TABLE `moderation_log` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`action` text NOT NULL,
	`actor_id` text,
	`target_user_id` text,
	`target_message_id` text,
	`reason` text,
	`rule` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `moderation_log_room` ON `moderation_log` (`room_id`,`id`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`room_id` text NOT NULL,
	`message_id` text NOT NULL,
	`reporter_id` text,
	`reason` text NOT NULL,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`resolution` text,
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_message_reporter` ON `reports` (`message_id`,`reporter_id`);--> statement-breakpoint
CREATE INDEX `reports_room` ON `reports` (`room_id`,`resolved_at`);--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_room_events` (
	`room_id` text NOT NULL,
	`seq` integer NOT NULL,
	`type` text NOT NULL,
	`message_id` text,
	`emoji` text,
	`actor_id` text,
	`added` integer,
	`count` integer,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`room_id`, `seq`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
INSERT INTO `__new_room_events`("room_id", "seq", "type", "message_id", "emoji", "actor_id", "added", "count", "created_at") SELECT "room_id", "seq", "type", "message_id", "emoji", "actor_id", "added", "count", "created_at" FROM `room_events`;--> statement-breakpoint
DROP TABLE `room_events`;--> statement-breakpoint
ALTER TABLE `__new_room_events` RENAME TO `room_events`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `memberships` ADD `timed_out_until` integer;--> statement-breakpoint
ALTER TABLE `memberships` ADD `timeout_reason` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `moderation_reason` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `pinned_at` integer;--> statement-breakpoint
ALTER TABLE `rooms` ADD `slow_mode_seconds` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `rooms` ADD `blocked_terms` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `rooms` ADD `link_policy` text DEFAULT 'ALLOW' NOT NULL;--> statement-breakpoint
ALTER TABLE `rooms` ADD `profanity` text DEFAULT 'MASK' NOT NULL;