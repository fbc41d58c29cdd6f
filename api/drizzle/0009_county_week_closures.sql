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