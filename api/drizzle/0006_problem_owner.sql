ALTER TABLE `problem_events` ADD `actor_unit_id` text REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `problem_events` ADD `owner_unit_id` text REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `problem_events` ADD `owner_person` text;--> statement-breakpoint
ALTER TABLE `problem_events` ADD `owner_phone` text;--> statement-breakpoint
ALTER TABLE `problem_events` ADD `due_at` integer;--> statement-breakpoint
ALTER TABLE `problem_events` ADD `co_unit_ids` text;--> statement-breakpoint
ALTER TABLE `problem_units` ADD `role` text DEFAULT 'routed' NOT NULL;--> statement-breakpoint
ALTER TABLE `problem_units` ADD `routed` integer DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE `problems` ADD `owner_unit_id` text REFERENCES units(id);--> statement-breakpoint
ALTER TABLE `problems` ADD `owner_person` text;--> statement-breakpoint
ALTER TABLE `problems` ADD `owner_phone` text;--> statement-breakpoint
CREATE INDEX `problems_owner_idx` ON `problems` (`owner_unit_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `display_name` text DEFAULT '' NOT NULL;--> statement-breakpoint
-- Backfill: accounts are shown by a name; a reporter's by its unit's until one is given
UPDATE `users` SET `display_name` = coalesce((SELECT `name` || '填报员' FROM `units` WHERE `units`.`id` = `users`.`unit_id`), `username`) WHERE `display_name` = '';--> statement-breakpoint
-- Backfill: problems assigned before owners existed get one owner, its grid's lead unit among those routed (else the first routed), so its unit steps stay possible
UPDATE `problems` SET `owner_unit_id` = coalesce(
  (SELECT `pu`.`unit_id` FROM `problem_units` `pu` JOIN `grid_units` `gu` ON `gu`.`unit_id` = `pu`.`unit_id` AND `gu`.`grid_id` = `problems`.`grid_id` WHERE `pu`.`problem_id` = `problems`.`id` AND `gu`.`lead` = 1 AND `gu`.`valid_to` IS NULL ORDER BY `pu`.`unit_id` LIMIT 1),
  (SELECT min(`pu`.`unit_id`) FROM `problem_units` `pu` WHERE `pu`.`problem_id` = `problems`.`id`)
) WHERE `status` <> 'reported' AND `owner_unit_id` IS NULL;--> statement-breakpoint
UPDATE `problem_units` SET `role` = 'owner' WHERE EXISTS (SELECT 1 FROM `problems` `p` WHERE `p`.`id` = `problem_units`.`problem_id` AND `p`.`owner_unit_id` = `problem_units`.`unit_id`);
