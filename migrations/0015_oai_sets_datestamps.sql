-- OAI-PMH sets (src/oai/oai.sets.ts): a member's datestamp is its memorial_changes datestamp,
-- copied by triggers so that a set lists in datestamp order from its own index, whichever code
-- path publishes, corrects, withholds, restores, merges or unmerges the memorial.
CREATE TRIGGER `memorial_sets_datestamp_insert` AFTER INSERT ON `memorial_changes`
BEGIN
  UPDATE `memorial_sets` SET `changed_at` = NEW.`changed_at` WHERE `memorial_id` = NEW.`memorial_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `memorial_sets_datestamp_update` AFTER UPDATE OF `changed_at` ON `memorial_changes`
BEGIN
  UPDATE `memorial_sets` SET `changed_at` = NEW.`changed_at` WHERE `memorial_id` = NEW.`memorial_id`;
END;
--> statement-breakpoint
-- Publication writes the membership after the memorial row: take the datestamp it already has.
CREATE TRIGGER `memorial_sets_member_insert` AFTER INSERT ON `memorial_sets`
BEGIN
  UPDATE `memorial_sets`
  SET `changed_at` = (SELECT `changed_at` FROM `memorial_changes` WHERE `memorial_id` = NEW.`memorial_id`)
  WHERE `set_spec` = NEW.`set_spec` AND `memorial_id` = NEW.`memorial_id`
    AND EXISTS (SELECT 1 FROM `memorial_changes` WHERE `memorial_id` = NEW.`memorial_id`);
END;
--> statement-breakpoint
-- The sets of every memorial that was ever public, from its current revision (as setSpecsOf does).
CREATE TABLE `backfill_sets` AS
SELECT DISTINCT 'persecutor:' || p.`value` AS `set_spec`, mc.`memorial_id`, mc.`changed_at`
FROM `memorial_changes` mc
JOIN `memorials` m ON m.`id` = mc.`memorial_id`
JOIN `revisions` r ON r.`id` = m.`current_revision_id`, json_each(r.`document`, '$.persecuted_by') p
UNION
SELECT 'fate:' || json_extract(e.`value`, '$.type'), mc.`memorial_id`, mc.`changed_at`
FROM `memorial_changes` mc
JOIN `memorials` m ON m.`id` = mc.`memorial_id`
JOIN `revisions` r ON r.`id` = m.`current_revision_id`, json_each(r.`document`, '$.events') e
WHERE json_extract(e.`value`, '$.type') IN ('arrest', 'sentence', 'imprisonment', 'camp', 'exile', 'expulsion', 'deportation', 'handover', 'gestapo_custody', 'execution', 'death', 'survival', 'release', 'rehabilitation', 'remigration')
UNION
SELECT 'country:' || json_extract(e.`value`, '$.place.country'), mc.`memorial_id`, mc.`changed_at`
FROM `memorial_changes` mc
JOIN `memorials` m ON m.`id` = mc.`memorial_id`
JOIN `revisions` r ON r.`id` = m.`current_revision_id`, json_each(r.`document`, '$.events') e
WHERE json_extract(e.`value`, '$.place.country') IS NOT NULL
UNION
SELECT 'country:' || json_extract(k.`value`, '$.place.country'), mc.`memorial_id`, mc.`changed_at`
FROM `memorial_changes` mc
JOIN `memorials` m ON m.`id` = mc.`memorial_id`
JOIN `revisions` r ON r.`id` = m.`current_revision_id`, json_each(r.`document`, '$.markers') k
WHERE json_extract(k.`value`, '$.place.country') IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO `memorial_sets` (`set_spec`, `memorial_id`, `changed_at`)
SELECT `set_spec`, `memorial_id`, `changed_at` FROM `backfill_sets`
UNION
SELECT substr(`set_spec`, 1, instr(`set_spec`, ':') - 1), `memorial_id`, `changed_at` FROM `backfill_sets`;
--> statement-breakpoint
INSERT OR IGNORE INTO `oai_sets` (`set_spec`) SELECT DISTINCT `set_spec` FROM `memorial_sets`;
--> statement-breakpoint
DROP TABLE `backfill_sets`;
