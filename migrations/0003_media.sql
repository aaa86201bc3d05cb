CREATE TABLE `media_blobs` (
	`sha256` text PRIMARY KEY NOT NULL,
	`object_key` text NOT NULL,
	`served_key` text NOT NULL,
	`served_bytes` integer NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer,
	`height` integer,
	`removed_metadata` text DEFAULT '[]' NOT NULL,
	`thumb_key` text,
	`medium_key` text,
	`created_at` integer NOT NULL,
	`deleted_at` integer,
	`purged_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `media_blobs_object_key_unique` ON `media_blobs` (`object_key`);--> statement-breakpoint
CREATE TABLE `media_memorials` (
	`media_id` text NOT NULL,
	`memorial_id` text NOT NULL,
	`revision_id` text NOT NULL,
	PRIMARY KEY(`media_id`, `memorial_id`)
);
--> statement-breakpoint
CREATE INDEX `media_memorials_memorial_idx` ON `media_memorials` (`memorial_id`);--> statement-breakpoint
CREATE TABLE `media_upload_parts` (
	`upload_id` text NOT NULL,
	`part_number` integer NOT NULL,
	`etag` text NOT NULL,
	`bytes` integer NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`upload_id`, `part_number`)
);
--> statement-breakpoint
CREATE TABLE `media_uploads` (
	`id` text PRIMARY KEY NOT NULL,
	`uploader_id` text NOT NULL,
	`object_key` text NOT NULL,
	`r2_upload_id` text NOT NULL,
	`bytes` integer NOT NULL,
	`part_size` integer NOT NULL,
	`filename` text,
	`metadata` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`media_id` text,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`uploader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `media_uploads_uploader_idx` ON `media_uploads` (`uploader_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `media_uploads_expiry_idx` ON `media_uploads` (`status`,`expires_at`);--> statement-breakpoint
ALTER TABLE `media` ADD `date` text;--> statement-breakpoint
ALTER TABLE `media` ADD `source` text;--> statement-breakpoint
ALTER TABLE `media` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `media` ADD `published_at` integer;--> statement-breakpoint
ALTER TABLE `media` ADD `rejected_by` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `media` ADD `rejected_at` integer;--> statement-breakpoint
CREATE INDEX `media_status_idx` ON `media` (`status`,`created_at`);--> statement-breakpoint
ALTER TABLE `media` DROP COLUMN `object_key`;