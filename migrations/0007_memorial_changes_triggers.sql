-- memorial_changes: when each memorial last changed in public view, for the exports' ETag and
-- Last-Modified and for OAI-PMH datestamps (deleted records for withheld and merged memorials).
-- Kept by triggers so that every code path that publishes, corrects, withholds, restores,
-- merges or unmerges a memorial records it in the same transaction, without knowing of it.
INSERT INTO `memorial_changes` (`memorial_id`, `changed_at`, `status`)
SELECT `id`, MAX(`updated_at`, COALESCE(`withheld_at`, 0)), `status` FROM `memorials`;
--> statement-breakpoint
CREATE TRIGGER `memorial_changes_insert` AFTER INSERT ON `memorials`
BEGIN
  INSERT INTO `memorial_changes` (`memorial_id`, `changed_at`, `status`)
  VALUES (NEW.`id`, NEW.`updated_at`, NEW.`status`)
  ON CONFLICT (`memorial_id`) DO UPDATE SET `changed_at` = excluded.`changed_at`, `status` = excluded.`status`;
END;
--> statement-breakpoint
-- The application's own clock where the change carries one (publication, correction, merge,
-- withholding); the database's clock otherwise (restore, unmerge). Never earlier than before.
CREATE TRIGGER `memorial_changes_update` AFTER UPDATE OF `status`, `current_revision_id`, `updated_at`, `merged_into_id`, `withheld_at` ON `memorials`
BEGIN
  INSERT INTO `memorial_changes` (`memorial_id`, `changed_at`, `status`)
  VALUES (
    NEW.`id`,
    CASE
      WHEN NEW.`updated_at` > OLD.`updated_at` THEN NEW.`updated_at`
      WHEN NEW.`withheld_at` IS NOT NULL AND NEW.`withheld_at` IS NOT OLD.`withheld_at` THEN NEW.`withheld_at`
      ELSE CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)
    END,
    NEW.`status`
  )
  ON CONFLICT (`memorial_id`) DO UPDATE SET
    `changed_at` = MAX(excluded.`changed_at`, `memorial_changes`.`changed_at` + 1),
    `status` = excluded.`status`;
END;
