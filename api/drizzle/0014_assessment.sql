CREATE TABLE `assessment_checklists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`county_id` text NOT NULL,
	`kind` text NOT NULL,
	`version` integer NOT NULL,
	`items` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_checklists_version` ON `assessment_checklists` (`county_id`,`kind`,`version`);--> statement-breakpoint
CREATE TABLE `assessment_points` (
	`id` text PRIMARY KEY NOT NULL,
	`county_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`geometry` text NOT NULL,
	`lon` real NOT NULL,
	`lat` real NOT NULL,
	`grid_id` text,
	`community_id` text NOT NULL,
	`street_office_id` text NOT NULL,
	`zone_id` text,
	`example` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`street_office_id`) REFERENCES `street_offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`zone_id`) REFERENCES `zones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_points_county_idx` ON `assessment_points` (`county_id`,`kind`);--> statement-breakpoint
CREATE INDEX `assessment_points_grid_idx` ON `assessment_points` (`grid_id`);--> statement-breakpoint
CREATE TABLE `assessment_results` (
	`round_id` text NOT NULL,
	`point_id` text NOT NULL,
	`county_id` text NOT NULL,
	`item_id` text NOT NULL,
	`result` text NOT NULL,
	`note` text,
	`problem_id` text,
	`updated_at` integer NOT NULL,
	`updated_by` text,
	PRIMARY KEY(`round_id`, `point_id`, `item_id`),
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`point_id`) REFERENCES `assessment_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`problem_id`) REFERENCES `problems`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assessment_results_problem` ON `assessment_results` (`problem_id`) WHERE problem_id is not null;--> statement-breakpoint
CREATE TABLE `assessment_rounds` (
	`id` text PRIMARY KEY NOT NULL,
	`county_id` text NOT NULL,
	`name` text NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`kinds` text NOT NULL,
	`per_community` integer NOT NULL,
	`seed` real NOT NULL,
	`checklist_versions` text NOT NULL,
	`draw` text NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_rounds_county_idx` ON `assessment_rounds` (`county_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `assessment_sample` (
	`round_id` text NOT NULL,
	`point_id` text NOT NULL,
	`county_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`grid_id` text,
	`community_id` text NOT NULL,
	`street_office_id` text NOT NULL,
	`unit_ids` text NOT NULL,
	`inspector_id` text,
	`submitted_at` integer,
	`submitted_by` text,
	PRIMARY KEY(`round_id`, `point_id`),
	FOREIGN KEY (`round_id`) REFERENCES `assessment_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`point_id`) REFERENCES `assessment_points`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`inspector_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessment_sample_inspector_idx` ON `assessment_sample` (`inspector_id`);