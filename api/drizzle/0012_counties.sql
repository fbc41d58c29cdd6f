CREATE TABLE `counties` (
	`id` text PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`synthetic` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`min_lon` real NOT NULL,
	`min_lat` real NOT NULL,
	`max_lon` real NOT NULL,
	`max_lat` real NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `counties_code_unique` ON `counties` (`code`);--> statement-breakpoint
CREATE TABLE `county_settings` (
	`county_id` text PRIMARY KEY NOT NULL,
	`first_week` text,
	`close_grace_hours` integer,
	`report_requirements` text,
	`problem_deadlines` text,
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
DROP INDEX `units_name_unique`;--> statement-breakpoint
ALTER TABLE `units` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
CREATE UNIQUE INDEX `units_county_name` ON `units` (`county_id`,`name`);--> statement-breakpoint
ALTER TABLE `areas` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
ALTER TABLE `communities` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
ALTER TABLE `grids` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
CREATE INDEX `grids_county_idx` ON `grids` (`county_id`);--> statement-breakpoint
ALTER TABLE `problems` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
CREATE INDEX `problems_county_idx` ON `problems` (`county_id`);--> statement-breakpoint
ALTER TABLE `street_offices` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
ALTER TABLE `users` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
ALTER TABLE `week_closures` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
ALTER TABLE `weekly_reports` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
CREATE INDEX `weekly_reports_county_week_idx` ON `weekly_reports` (`county_id`,`week`);--> statement-breakpoint
ALTER TABLE `zones` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
INSERT INTO `counties` (`id`, `code`, `name`, `synthetic`, `created_at`, `min_lon`, `min_lat`, `max_lon`, `max_lat`)
SELECT CASE json_extract(`value`, '$.code') WHEN '520521' THEN 'dafang' ELSE json_extract(`value`, '$.code') END,
  json_extract(`value`, '$.code'), json_extract(`value`, '$.name'), 0, CAST(strftime('%s', 'now') AS integer) * 1000,
  coalesce((SELECT min(`min_lon`) FROM `communities`), 0), coalesce((SELECT min(`min_lat`) FROM `communities`), 0),
  coalesce((SELECT max(`max_lon`) FROM `communities`), 0), coalesce((SELECT max(`max_lat`) FROM `communities`), 0)
FROM `meta` WHERE `key` = 'county';
--> statement-breakpoint
INSERT INTO `county_settings` (`county_id`, `first_week`, `close_grace_hours`, `report_requirements`, `problem_deadlines`)
SELECT `id`, (SELECT `value` FROM `meta` WHERE `key` = 'first_week'), (SELECT CAST(`value` AS integer) FROM `meta` WHERE `key` = 'close_grace_hours'),
  (SELECT `value` FROM `meta` WHERE `key` = 'report_requirements'), (SELECT `value` FROM `meta` WHERE `key` = 'problem_deadline_hours')
FROM `counties`;
--> statement-breakpoint
UPDATE `street_offices` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `communities` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `areas` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `units` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `grids` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `zones` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `weekly_reports` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `problems` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `week_closures` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL;
--> statement-breakpoint
UPDATE `users` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL AND `role` IN ('planner', 'reporter');
--> statement-breakpoint
DELETE FROM `meta` WHERE `key` IN ('county', 'first_week', 'close_grace_hours', 'report_requirements', 'problem_deadline_hours');
--> statement-breakpoint
DELETE FROM `week_closures` WHERE `county_id` IS NULL;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_week_closures` (
	`county_id` text NOT NULL,
	`week` text NOT NULL,
	`closed_at` integer NOT NULL,
	`figures` text NOT NULL,
	PRIMARY KEY(`county_id`, `week`),
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_week_closures`("county_id", "week", "closed_at", "figures") SELECT "county_id", "week", "closed_at", "figures" FROM `week_closures`;--> statement-breakpoint
DROP TABLE `week_closures`;--> statement-breakpoint
ALTER TABLE `__new_week_closures` RENAME TO `week_closures`;--> statement-breakpoint
PRAGMA foreign_keys=ON;