CREATE TABLE `date_findings` (
	`revision_id` text PRIMARY KEY NOT NULL,
	`memorial_id` text,
	`findings` text NOT NULL,
	`count` integer NOT NULL,
	`found_at` integer NOT NULL,
	`checked_at` integer NOT NULL,
	`correction_id` text,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `date_findings_found_idx` ON `date_findings` (`found_at`,`revision_id`);