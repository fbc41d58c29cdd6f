ALTER TABLE `photos` ADD `sha256` text;--> statement-breakpoint
CREATE UNIQUE INDEX `photos_report_sha` ON `photos` (`sha256`) WHERE owner_kind = 'report';--> statement-breakpoint
ALTER TABLE `weekly_reports` ADD `requirements` text;--> statement-breakpoint
ALTER TABLE `weekly_reports` ADD `photo_ids` text;--> statement-breakpoint
-- Reports stored before this column: their version is the photos uploaded to them, in upload order.
UPDATE `weekly_reports` SET `photo_ids` = (SELECT json_group_array(`id`) FROM (SELECT `id` FROM `photos` WHERE `owner_kind` = 'report' AND `owner_id` = CAST(`weekly_reports`.`id` AS TEXT) ORDER BY `seq`));
