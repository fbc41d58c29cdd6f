CREATE TABLE `bulletins` (
	`week` text PRIMARY KEY NOT NULL,
	`comment` text,
	`comment_by` text,
	`comment_at` integer,
	`issued_at` integer,
	`body` text,
	FOREIGN KEY (`comment_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `display_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` text,
	`created_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `display_tokens_hash` ON `display_tokens` (`token_hash`);