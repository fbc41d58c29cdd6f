CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `upload_quota` (
	`user_id` text NOT NULL,
	`day` text NOT NULL,
	`photos` integer NOT NULL,
	`bytes` integer NOT NULL,
	PRIMARY KEY(`user_id`, `day`)
);
