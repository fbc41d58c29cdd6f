PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_bulletins` (
	`county_id` text NOT NULL,
	`week` text NOT NULL,
	`comment` text,
	`comment_by` text,
	`comment_at` integer,
	`issued_at` integer,
	`body` text,
	PRIMARY KEY(`county_id`, `week`),
	FOREIGN KEY (`county_id`) REFERENCES `counties`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comment_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
INSERT INTO `__new_bulletins`("county_id", "week", "comment", "comment_by", "comment_at", "issued_at", "body") SELECT "county_id", "week", "comment", "comment_by", "comment_at", "issued_at", "body" FROM (SELECT COALESCE((SELECT `id` FROM `counties` WHERE `name` = json_extract(`bulletins`.`body`, '$.countyName') ORDER BY `code` LIMIT 1), (SELECT `id` FROM `counties` ORDER BY `code` LIMIT 1)) AS "county_id", "week", "comment", "comment_by", "comment_at", "issued_at", "body" FROM `bulletins`) WHERE "county_id" IS NOT NULL;--> statement-breakpoint
DROP TABLE `bulletins`;--> statement-breakpoint
ALTER TABLE `__new_bulletins` RENAME TO `bulletins`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
ALTER TABLE `county_settings` ADD `score_weights` text;--> statement-breakpoint
ALTER TABLE `display_tokens` ADD `county_id` text REFERENCES counties(id);--> statement-breakpoint
UPDATE `display_tokens` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL AND (SELECT count(*) FROM `counties`) = 1;
--> statement-breakpoint
UPDATE `webhooks` SET `county_id` = (SELECT `county_id` FROM `units` WHERE `units`.`id` = `webhooks`.`unit_id`) WHERE `county_id` IS NULL AND `unit_id` IS NOT NULL;
--> statement-breakpoint
UPDATE `webhooks` SET `county_id` = (SELECT `id` FROM `counties`) WHERE `county_id` IS NULL AND (SELECT count(*) FROM `counties`) = 1;
--> statement-breakpoint
INSERT INTO `county_settings` (`county_id`, `score_weights`) SELECT `id`, (SELECT `value` FROM `meta` WHERE `key` = 'score_weights') FROM `counties` WHERE EXISTS (SELECT 1 FROM `meta` WHERE `key` = 'score_weights') ON CONFLICT (`county_id`) DO UPDATE SET `score_weights` = excluded.`score_weights`;
--> statement-breakpoint
DELETE FROM `meta` WHERE `key` = 'score_weights';
