ALTER TABLE `revisions` ADD `plausibility` text;--> statement-breakpoint
ALTER TABLE `revisions` ADD `plausibility_note` text;--> statement-breakpoint
ALTER TABLE `revisions` ADD `reopened_from` text;--> statement-breakpoint
ALTER TABLE `import_rows` ADD `plausibility` text;