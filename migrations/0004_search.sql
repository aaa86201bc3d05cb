CREATE TABLE `search_docs` (
	`doc` integer PRIMARY KEY NOT NULL,
	`memorial_id` text NOT NULL,
	`sort_name` text NOT NULL,
	`birth_day` integer,
	`death_day` integer,
	`fates` integer DEFAULT 0 NOT NULL,
	`persecutors` integer DEFAULT 0 NOT NULL,
	`markers` integer DEFAULT 0 NOT NULL,
	`countries` text DEFAULT '[]' NOT NULL,
	`nationalities` text DEFAULT '[]' NOT NULL,
	`organisations` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_docs_memorial_id_unique` ON `search_docs` (`memorial_id`);--> statement-breakpoint
CREATE INDEX `search_docs_sort_idx` ON `search_docs` (`sort_name`,`doc`);--> statement-breakpoint
CREATE INDEX `search_docs_birth_idx` ON `search_docs` (`birth_day`,`doc`);