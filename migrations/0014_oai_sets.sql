CREATE TABLE `memorial_sets` (
	`set_spec` text NOT NULL,
	`memorial_id` text NOT NULL,
	`changed_at` integer NOT NULL,
	PRIMARY KEY(`set_spec`, `memorial_id`)
);
--> statement-breakpoint
CREATE INDEX `memorial_sets_list_idx` ON `memorial_sets` (`set_spec`,`changed_at`,`memorial_id`);--> statement-breakpoint
CREATE INDEX `memorial_sets_memorial_idx` ON `memorial_sets` (`memorial_id`);--> statement-breakpoint
CREATE TABLE `oai_sets` (
	`set_spec` text PRIMARY KEY NOT NULL
);
