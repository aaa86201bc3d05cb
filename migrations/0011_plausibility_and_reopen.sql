ALTER TABLE `revisions` ADD `plausibility` text;--> statement-breakpoint
ALTER TABLE `revisions` ADD `plausibility_note` text;--> statement-breakpoint
ALTER TABLE `revisions` ADD `reopened_from` text;--> statement-breakpoint
CREATE INDEX `revisions_reopened_idx` ON `revisions` (`reopened_from`);--> statement-breakpoint
ALTER TABLE `import_rows` ADD `plausibility` text;