CREATE TABLE `group_members` (
	`group_id` text NOT NULL,
	`position` integer NOT NULL,
	`memorial_id` text,
	`name` text,
	`role` text NOT NULL,
	`certainty` text NOT NULL,
	PRIMARY KEY(`group_id`, `position`),
	FOREIGN KEY (`group_id`) REFERENCES `groups`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_members_memorial_idx` ON `group_members` (`memorial_id`,`group_id`);--> statement-breakpoint
CREATE TABLE `group_revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`group_id` text,
	`kind` text NOT NULL,
	`based_on_revision_id` text,
	`document` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`submitter_id` text NOT NULL,
	`submitter_note` text,
	`created_at` integer NOT NULL,
	`submitted_at` integer NOT NULL,
	`decided_at` integer,
	`decided_by` text,
	`decision_reason` text,
	FOREIGN KEY (`submitter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `group_revisions_queue_idx` ON `group_revisions` (`status`,`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `group_revisions_group_idx` ON `group_revisions` (`group_id`,`decided_at`);--> statement-breakpoint
CREATE INDEX `group_revisions_submitter_idx` ON `group_revisions` (`submitter_id`,`submitted_at`);--> statement-breakpoint
CREATE TABLE `groups` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`current_revision_id` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`kind` text NOT NULL,
	`name_en` text NOT NULL,
	`name_de` text,
	`name_ru` text,
	`date_edtf` text,
	`date_sort_day` integer NOT NULL,
	`member_count` integer DEFAULT 0 NOT NULL,
	`first_published_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `groups_slug_idx` ON `groups` (`slug`);--> statement-breakpoint
CREATE INDEX `groups_status_date_idx` ON `groups` (`status`,`date_sort_day`,`id`);