CREATE TABLE `grid_versions` (
	`grid_id` text NOT NULL,
	`version` integer NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`community_id` text NOT NULL,
	`area_id` text NOT NULL,
	`geometry` text NOT NULL,
	`valid_from` text,
	`valid_to` text,
	`min_lon` real NOT NULL,
	`min_lat` real NOT NULL,
	`max_lon` real NOT NULL,
	`max_lat` real NOT NULL,
	`created_at` integer NOT NULL,
	`created_by` text,
	PRIMARY KEY(`grid_id`, `version`),
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`area_id`) REFERENCES `areas`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `week_closures` (
	`week` text PRIMARY KEY NOT NULL,
	`closed_at` integer NOT NULL,
	`figures` text NOT NULL
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_grid_units` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`grid_id` text NOT NULL,
	`unit_id` text NOT NULL,
	`lead` integer DEFAULT false NOT NULL,
	`valid_from` text,
	`valid_to` text,
	FOREIGN KEY (`grid_id`) REFERENCES `grids`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`unit_id`) REFERENCES `units`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_grid_units`("grid_id", "unit_id", "lead") SELECT "grid_id", "unit_id", "lead" FROM `grid_units`;--> statement-breakpoint
DROP TABLE `grid_units`;--> statement-breakpoint
ALTER TABLE `__new_grid_units` RENAME TO `grid_units`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `grid_units_grid_idx` ON `grid_units` (`grid_id`);--> statement-breakpoint
CREATE INDEX `grid_units_unit_idx` ON `grid_units` (`unit_id`);--> statement-breakpoint
ALTER TABLE `grids` ADD `valid_from` text;--> statement-breakpoint
ALTER TABLE `grids` ADD `valid_to` text;--> statement-breakpoint
ALTER TABLE `people` ADD `valid_from` text;--> statement-breakpoint
ALTER TABLE `people` ADD `valid_to` text;--> statement-breakpoint
-- Grids retired before periods of validity: their retirement took effect at once, so they were in
-- force up to the week they were retired in (the week whose Friday 16:00, Asia/Shanghai, last
-- passed: shifted by +8 h for Shanghai and -16 h for the Friday 16:00 start).
UPDATE `grids` SET `valid_to` = date(`retired_at` / 1000 - 8 * 3600, 'unixepoch', '-6 days', 'weekday 5') WHERE `retired_at` IS NOT NULL;--> statement-breakpoint
UPDATE `grid_units` SET `valid_to` = (SELECT g.`valid_to` FROM `grids` g WHERE g.`id` = `grid_units`.`grid_id`) WHERE `grid_id` IN (SELECT `id` FROM `grids` WHERE `retired_at` IS NOT NULL);--> statement-breakpoint
UPDATE `people` SET `valid_to` = (SELECT g.`valid_to` FROM `grids` g WHERE g.`id` = `people`.`grid_id`) WHERE `grid_id` IN (SELECT `id` FROM `grids` WHERE `retired_at` IS NOT NULL);--> statement-breakpoint
-- Each grid's version as it stands: earlier geometries stay in the audit log (a grid's history).
INSERT INTO `grid_versions` (`grid_id`, `version`, `code`, `name`, `community_id`, `area_id`, `geometry`, `valid_from`, `valid_to`, `min_lon`, `min_lat`, `max_lon`, `max_lat`, `created_at`)
  SELECT `id`, `version`, `code`, `name`, `community_id`, `area_id`, `geometry`, NULL, `valid_to`, `min_lon`, `min_lat`, `max_lon`, `max_lat`, `updated_at` FROM `grids`;--> statement-breakpoint
-- The deployment began with its first report.
INSERT INTO `meta` (`key`, `value`) SELECT 'first_week', min(`week`) FROM `weekly_reports` HAVING min(`week`) IS NOT NULL;
