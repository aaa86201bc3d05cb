CREATE TABLE `memorial_merges` (
	`id` text PRIMARY KEY NOT NULL,
	`memorial_id` text NOT NULL,
	`survivor_id` text NOT NULL,
	`merged_by` text NOT NULL,
	`merged_at` integer NOT NULL,
	`reason` text,
	`undone_at` integer,
	`undone_by` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`survivor_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`merged_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`undone_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_merges_memorial_idx` ON `memorial_merges` (`memorial_id`,`merged_at`);--> statement-breakpoint
CREATE INDEX `memorial_merges_survivor_idx` ON `memorial_merges` (`survivor_id`);