ALTER TABLE `photos` ADD `seq` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Photos stored before this column were shown in the order SQLite stored them.
UPDATE `photos` SET `seq` = `rowid`;
