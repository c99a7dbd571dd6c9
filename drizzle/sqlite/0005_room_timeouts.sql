CREATE TABLE `room_timeouts` (
	`room_id` text NOT NULL,
	`user_id` text NOT NULL,
	`until` integer NOT NULL,
	`reason` text,
	`timed_out_by` text,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`room_id`, `user_id`),
	FOREIGN KEY (`room_id`) REFERENCES `rooms`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
