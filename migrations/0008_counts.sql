CREATE TABLE `archive_counts` (
	`id` integer PRIMARY KEY NOT NULL,
	`memorials` integer DEFAULT 0 NOT NULL,
	`handovers` integer DEFAULT 0 NOT NULL,
	`sources` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `revision_counts` (
	`status` text NOT NULL,
	`kind` text NOT NULL,
	`count` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`status`, `kind`)
);

--> statement-breakpoint
-- The counts as the data stands, then triggers that keep them. The read tables (memorial_events,
-- memorial_sources) hold rows of published memorials only: publishing writes them, withholding
-- and merging clear them (src/memorials/publish.ts), so their rows are what the public sees.
INSERT INTO `archive_counts` (`id`, `memorials`, `handovers`, `sources`) VALUES (
  1,
  (SELECT count(*) FROM `memorials` WHERE `status` = 'published'),
  (SELECT count(DISTINCT `memorial_id`) FROM `memorial_events` WHERE `type` = 'handover'),
  (SELECT count(*) FROM `memorial_sources`)
);
--> statement-breakpoint
INSERT INTO `revision_counts` (`status`, `kind`, `count`)
SELECT `status`, `kind`, count(*) FROM `revisions` GROUP BY `status`, `kind`;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_memorial_insert` AFTER INSERT ON `memorials` WHEN NEW.`status` = 'published'
BEGIN
  UPDATE `archive_counts` SET `memorials` = `memorials` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_memorial_status` AFTER UPDATE OF `status` ON `memorials`
  WHEN (OLD.`status` = 'published') IS NOT (NEW.`status` = 'published')
BEGIN
  UPDATE `archive_counts` SET `memorials` = `memorials` + (CASE WHEN NEW.`status` = 'published' THEN 1 ELSE -1 END) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_memorial_delete` AFTER DELETE ON `memorials` WHEN OLD.`status` = 'published'
BEGIN
  UPDATE `archive_counts` SET `memorials` = `memorials` - 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_source_insert` AFTER INSERT ON `memorial_sources`
BEGIN
  UPDATE `archive_counts` SET `sources` = `sources` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_source_delete` AFTER DELETE ON `memorial_sources`
BEGIN
  UPDATE `archive_counts` SET `sources` = `sources` - 1 WHERE `id` = 1;
END;
--> statement-breakpoint
-- A memorial counts once however many handover events it has: on its first and after its last.
-- `+type` keeps the planner on the memorial's own events (memorial_events_memorial_idx): through
-- the type index it would walk every handover in the archive on each insert.
CREATE TRIGGER `archive_counts_handover_insert` AFTER INSERT ON `memorial_events`
  WHEN NEW.`type` = 'handover'
   AND (SELECT count(*) FROM `memorial_events` WHERE `memorial_id` = NEW.`memorial_id` AND +`type` = 'handover') = 1
BEGIN
  UPDATE `archive_counts` SET `handovers` = `handovers` + 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `archive_counts_handover_delete` AFTER DELETE ON `memorial_events`
  WHEN OLD.`type` = 'handover'
   AND NOT EXISTS (SELECT 1 FROM `memorial_events` WHERE `memorial_id` = OLD.`memorial_id` AND +`type` = 'handover')
BEGIN
  UPDATE `archive_counts` SET `handovers` = `handovers` - 1 WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `revision_counts_insert` AFTER INSERT ON `revisions`
BEGIN
  INSERT INTO `revision_counts` (`status`, `kind`, `count`) VALUES (NEW.`status`, NEW.`kind`, 1)
  ON CONFLICT (`status`, `kind`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `revision_counts_update` AFTER UPDATE OF `status`, `kind` ON `revisions`
  WHEN OLD.`status` IS NOT NEW.`status` OR OLD.`kind` IS NOT NEW.`kind`
BEGIN
  UPDATE `revision_counts` SET `count` = `count` - 1 WHERE `status` = OLD.`status` AND `kind` = OLD.`kind`;
  INSERT INTO `revision_counts` (`status`, `kind`, `count`) VALUES (NEW.`status`, NEW.`kind`, 1)
  ON CONFLICT (`status`, `kind`) DO UPDATE SET `count` = `count` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `revision_counts_delete` AFTER DELETE ON `revisions`
BEGIN
  UPDATE `revision_counts` SET `count` = `count` - 1 WHERE `status` = OLD.`status` AND `kind` = OLD.`kind`;
END;
