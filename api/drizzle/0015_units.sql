CREATE TABLE `area_leaders` (
	`id` text PRIMARY KEY NOT NULL,
	`area_id` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`phone` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `area_leaders_area_idx` ON `area_leaders` (`area_id`);--> statement-breakpoint
ALTER TABLE `units` ADD `retired_at` integer;--> statement-breakpoint
ALTER TABLE `units` ADD `merged_into` text;