CREATE TABLE `login_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	`next` text
);
--> statement-breakpoint
CREATE INDEX `login_tokens_email_idx` ON `login_tokens` (`email`,`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`display_name` text,
	`role` text DEFAULT 'contributor' NOT NULL,
	`locale` text,
	`created_at` integer NOT NULL,
	`last_login_at` integer,
	`disabled_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `memorial_slugs` (
	`slug` text PRIMARY KEY NOT NULL,
	`memorial_id` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memorial_slugs_memorial_idx` ON `memorial_slugs` (`memorial_id`,`slug`);--> statement-breakpoint
CREATE TABLE `memorials` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`status` text DEFAULT 'published' NOT NULL,
	`current_revision_id` text NOT NULL,
	`merged_into_id` text,
	`version` integer DEFAULT 1 NOT NULL,
	`display_name` text NOT NULL,
	`sort_name` text NOT NULL,
	`birth_edtf` text,
	`death_edtf` text,
	`birth_earliest_day` integer,
	`death_latest_day` integer,
	`summary` text DEFAULT '' NOT NULL,
	`summary_lang` text,
	`first_published_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`withheld_at` integer,
	`withheld_reason` text
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memorials_slug_unique` ON `memorials` (`slug`);--> statement-breakpoint
CREATE INDEX `memorials_status_updated_idx` ON `memorials` (`status`,`updated_at`,`id`);--> statement-breakpoint
CREATE INDEX `memorials_status_sort_idx` ON `memorials` (`status`,`sort_name`,`id`);--> statement-breakpoint
CREATE TABLE `idempotency_keys` (
	`user_id` text NOT NULL,
	`key` text NOT NULL,
	`request_hash` text NOT NULL,
	`status_code` integer NOT NULL,
	`response_body` text NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `key`)
);
--> statement-breakpoint
CREATE TABLE `revision_messages` (
	`id` text PRIMARY KEY NOT NULL,
	`revision_id` text NOT NULL,
	`author_id` text NOT NULL,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revision_messages_revision_idx` ON `revision_messages` (`revision_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `revisions` (
	`id` text PRIMARY KEY NOT NULL,
	`memorial_id` text,
	`kind` text NOT NULL,
	`based_on_revision_id` text,
	`document` text NOT NULL,
	`status` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`submitter_id` text NOT NULL,
	`relationship` text,
	`submitter_note` text,
	`show_name` integer DEFAULT false NOT NULL,
	`consent_publish` integer DEFAULT false NOT NULL,
	`display_name` text DEFAULT '' NOT NULL,
	`source_count` integer DEFAULT 0 NOT NULL,
	`draft_step` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`submitted_at` integer,
	`claimed_by` text,
	`claimed_until` integer,
	`decided_at` integer,
	`decided_by` text,
	`decision_reason` text,
	`living_confirmation` text,
	FOREIGN KEY (`submitter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `revisions_queue_idx` ON `revisions` (`status`,`submitted_at`,`id`);--> statement-breakpoint
CREATE INDEX `revisions_submitter_idx` ON `revisions` (`submitter_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `revisions_memorial_idx` ON `revisions` (`memorial_id`,`decided_at`);--> statement-breakpoint
CREATE TABLE `memorial_events` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`edtf` text,
	`date_text` text,
	`earliest_day` integer,
	`latest_day` integer,
	`place_name` text,
	`place_modern_name` text,
	`country` text,
	`lat` real,
	`lon` real,
	`certainty` text NOT NULL,
	`agency` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_events_memorial_idx` ON `memorial_events` (`memorial_id`,`position`);--> statement-breakpoint
CREATE INDEX `memorial_events_type_day_idx` ON `memorial_events` (`type`,`earliest_day`);--> statement-breakpoint
CREATE INDEX `memorial_events_country_idx` ON `memorial_events` (`country`);--> statement-breakpoint
CREATE TABLE `memorial_external_ids` (
	`memorial_id` text NOT NULL,
	`scheme` text NOT NULL,
	`value` text NOT NULL,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_external_ids_memorial_idx` ON `memorial_external_ids` (`memorial_id`);--> statement-breakpoint
CREATE INDEX `memorial_external_ids_value_idx` ON `memorial_external_ids` (`scheme`,`value`);--> statement-breakpoint
CREATE TABLE `memorial_markers` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`kind` text NOT NULL,
	`inscription` text,
	`address` text,
	`place_name` text,
	`lat` real,
	`lon` real,
	`installed_edtf` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_markers_memorial_idx` ON `memorial_markers` (`memorial_id`);--> statement-breakpoint
CREATE INDEX `memorial_markers_kind_idx` ON `memorial_markers` (`kind`);--> statement-breakpoint
CREATE TABLE `memorial_names` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`is_primary` integer NOT NULL,
	`kind` text NOT NULL,
	`display` text NOT NULL,
	`given` text,
	`family` text,
	`script` text,
	`lang` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_names_memorial_idx` ON `memorial_names` (`memorial_id`,`position`);--> statement-breakpoint
CREATE TABLE `memorial_places` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`role` text NOT NULL,
	`event_type` text,
	`name` text NOT NULL,
	`modern_name` text,
	`country` text,
	`lat` real,
	`lon` real,
	`geonames_id` text,
	`wikidata_id` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_places_memorial_idx` ON `memorial_places` (`memorial_id`);--> statement-breakpoint
CREATE INDEX `memorial_places_name_idx` ON `memorial_places` (`name`);--> statement-breakpoint
CREATE TABLE `memorial_relations` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`type` text NOT NULL,
	`target_memorial_id` text,
	`target_name` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_relations_memorial_idx` ON `memorial_relations` (`memorial_id`);--> statement-breakpoint
CREATE INDEX `memorial_relations_target_idx` ON `memorial_relations` (`target_memorial_id`);--> statement-breakpoint
CREATE TABLE `memorial_sources` (
	`memorial_id` text NOT NULL,
	`position` integer NOT NULL,
	`source_key` text NOT NULL,
	`kind` text NOT NULL,
	`citation` text NOT NULL,
	`archive` text,
	`fond` text,
	`opis` text,
	`delo` text,
	`list` text,
	`url` text,
	`page` text,
	FOREIGN KEY (`memorial_id`) REFERENCES `memorials`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `memorial_sources_memorial_idx` ON `memorial_sources` (`memorial_id`,`position`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` text,
	`action` text NOT NULL,
	`subject_type` text NOT NULL,
	`subject_id` text NOT NULL,
	`subject_version` integer,
	`detail` text,
	`request_id` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_subject_idx` ON `audit_log` (`subject_id`,`id`);--> statement-breakpoint
CREATE INDEX `audit_log_action_idx` ON `audit_log` (`action`,`at`);--> statement-breakpoint
CREATE TABLE `mail_outbox` (
	`id` text PRIMARY KEY NOT NULL,
	`to_address` text NOT NULL,
	`subject` text NOT NULL,
	`body` text NOT NULL,
	`link` text,
	`kind` text NOT NULL,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`attempts` integer DEFAULT 0 NOT NULL,
	`last_error` text
);
--> statement-breakpoint
CREATE INDEX `mail_outbox_to_idx` ON `mail_outbox` (`to_address`,`created_at`);--> statement-breakpoint
CREATE INDEX `mail_outbox_unsent_idx` ON `mail_outbox` (`sent_at`,`created_at`);--> statement-breakpoint
CREATE TABLE `rate_counters` (
	`bucket` text NOT NULL,
	`window_start` integer NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`bucket`, `window_start`)
);
--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`memorial_id` text NOT NULL,
	`kind` text NOT NULL,
	`message` text NOT NULL,
	`reporter_user_id` text,
	`reporter_email` text,
	`status` text DEFAULT 'open' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`claimed_by` text,
	`claimed_until` integer,
	`created_at` integer NOT NULL,
	`resolved_at` integer,
	`resolved_by` text,
	`resolution_note` text,
	FOREIGN KEY (`reporter_user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`claimed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resolved_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `reports_status_idx` ON `reports` (`status`,`created_at`);--> statement-breakpoint
CREATE INDEX `reports_memorial_idx` ON `reports` (`memorial_id`);--> statement-breakpoint
CREATE TABLE `write_guard` (
	`stale_write` integer NOT NULL,
	CONSTRAINT "stale_write" CHECK("write_guard"."stale_write" = 0)
);
--> statement-breakpoint
CREATE TABLE `media` (
	`id` text PRIMARY KEY NOT NULL,
	`uploader_id` text NOT NULL,
	`sha256` text NOT NULL,
	`object_key` text NOT NULL,
	`mime` text NOT NULL,
	`bytes` integer NOT NULL,
	`width` integer,
	`height` integer,
	`original_name` text,
	`caption` text,
	`credit` text,
	`licence` text NOT NULL,
	`rights_confirmed` integer NOT NULL,
	`status` text DEFAULT 'private' NOT NULL,
	`approved_revision_id` text,
	`rejected_reason` text,
	`created_at` integer NOT NULL,
	`deleted_at` integer,
	FOREIGN KEY (`uploader_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `media_sha_idx` ON `media` (`sha256`);--> statement-breakpoint
CREATE INDEX `media_uploader_idx` ON `media` (`uploader_id`,`created_at`);