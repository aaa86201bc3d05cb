CREATE TABLE `sign_in_clients` (
	`user_id` text NOT NULL,
	`client_hash` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	PRIMARY KEY(`user_id`, `client_hash`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `sign_in_clients_client_idx` ON `sign_in_clients` (`client_hash`,`last_seen_at`);--> statement-breakpoint
CREATE INDEX `sign_in_clients_seen_idx` ON `sign_in_clients` (`last_seen_at`);--> statement-breakpoint
CREATE TABLE `revision_approvals` (
	`revision_id` text NOT NULL,
	`revision_version` integer NOT NULL,
	`moderator_id` text NOT NULL,
	`living_confirmation` text,
	`at` integer NOT NULL,
	PRIMARY KEY(`revision_id`, `revision_version`, `moderator_id`),
	FOREIGN KEY (`revision_id`) REFERENCES `revisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`moderator_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
