CREATE TABLE `import_jobs` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`format` text NOT NULL,
	`filename` text,
	`object_key` text NOT NULL,
	`bytes` integer NOT NULL,
	`encoding` text,
	`offset` integer DEFAULT 0 NOT NULL,
	`lines_read` integer DEFAULT 0 NOT NULL,
	`status` text NOT NULL,
	`people` integer DEFAULT 0 NOT NULL,
	`failed_row` integer,
	`failure` text,
	`header` text,
	`mapping` text,
	`relationship` text,
	`show_name` integer DEFAULT false NOT NULL,
	`note` text,
	`origin` text NOT NULL,
	`locale` text DEFAULT 'en' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `import_jobs_user_idx` ON `import_jobs` (`user_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `import_jobs_status_idx` ON `import_jobs` (`status`,`updated_at`);--> statement-breakpoint
CREATE TABLE `import_records` (
	`job_id` text NOT NULL,
	`xref` text NOT NULL,
	`tag` text NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`job_id`, `xref`)
);
--> statement-breakpoint
CREATE TABLE `import_rows` (
	`job_id` text NOT NULL,
	`row` integer NOT NULL,
	`line` integer NOT NULL,
	`xref` text,
	`name` text NOT NULL,
	`birth` text,
	`death` text,
	`data` text NOT NULL,
	`warnings` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`revision_id` text,
	`error` text,
	PRIMARY KEY(`job_id`, `row`)
);
--> statement-breakpoint
CREATE INDEX `import_rows_status_idx` ON `import_rows` (`job_id`,`status`,`row`);--> statement-breakpoint
CREATE INDEX `import_rows_xref_idx` ON `import_rows` (`job_id`,`xref`);--> statement-breakpoint
CREATE TABLE `memorial_changes` (
	`memorial_id` text PRIMARY KEY NOT NULL,
	`changed_at` integer NOT NULL,
	`status` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `memorial_changes_changed_idx` ON `memorial_changes` (`changed_at`,`memorial_id`);