ALTER TABLE `photos` ADD `event_id` integer REFERENCES problem_events(id) ON DELETE set null;--> statement-breakpoint
CREATE INDEX `photos_owner_idx` ON `photos` (`owner_kind`,`owner_id`);--> statement-breakpoint
-- Photos stored before this column existed: linked as the app used to show them, to the last step
-- taken at or before the upload (or the filing, if none was).
UPDATE `photos` SET `event_id` = coalesce(
  (SELECT e.id FROM problem_events e WHERE e.problem_id = photos.owner_id AND e.at <= photos.created_at ORDER BY e.at DESC, e.id DESC LIMIT 1),
  (SELECT e.id FROM problem_events e WHERE e.problem_id = photos.owner_id ORDER BY e.id LIMIT 1)
) WHERE `owner_kind` = 'problem' AND `event_id` IS NULL;
