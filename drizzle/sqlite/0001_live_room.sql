CREATE TABLE `mentions` (
	`message_id` text NOT NULL,
	`user_id` text NOT NULL,
	`room_id` text NOT NULL,
	`seq` integer NOT NULL,
	PRIMARY KEY(`message_id`, `user_id`),
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `mentions_user_room_seq` ON `mentions` (`user_id`,`room_id`,`seq`);--> statement-breakpoint
CREATE TABLE `reactions` (
	`message_id` text NOT NULL,
	`user_id` text NOT NULL,
	`emoji` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`message_id`, `user_id`, `emoji`),
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
ALTER TABLE `memberships` ADD `last_read_seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `thread_root_id` text;--> statement-breakpoint
ALTER TABLE `messages` ADD `reply_count` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE `messages` ADD `last_reply_at` integer;--> statement-breakpoint
CREATE INDEX `messages_room_thread_seq` ON `messages` (`room_id`,`thread_root_id`,`seq`);--> statement-breakpoint
ALTER TABLE `room_events` ADD `emoji` text;--> statement-breakpoint
ALTER TABLE `room_events` ADD `actor_id` text;--> statement-breakpoint
ALTER TABLE `room_events` ADD `added` integer;