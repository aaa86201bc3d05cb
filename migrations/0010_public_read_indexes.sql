CREATE INDEX `memorials_status_id_idx` ON `memorials` (`status`,`id`);--> statement-breakpoint
CREATE INDEX `memorials_status_first_published_idx` ON `memorials` (`status`,`first_published_at`,`id`);--> statement-breakpoint
CREATE INDEX `memorial_markers_mapped_idx` ON `memorial_markers` (`place_name`,`address`) WHERE "memorial_markers"."lat" IS NOT NULL AND "memorial_markers"."lon" IS NOT NULL;