CREATE INDEX `users_role_idx` ON `users` (`role`);--> statement-breakpoint
CREATE INDEX `memorial_markers_town_only_idx` ON `memorial_markers` (`place_name`,`address`) WHERE "memorial_markers"."lat" IS NULL AND "memorial_markers"."place_name" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `audit_log_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_log_actor_idx` ON `audit_log` (`actor_id`,`at`);