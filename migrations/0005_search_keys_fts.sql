-- Name keys of published memorials (src/lib/name-keys.ts): one row per key and memorial, with
-- the strongest tier any of its names reaches and the position of that name. Clustered on the
-- key so that a lookup reads one contiguous range; the doc index serves removal.
CREATE TABLE `search_keys` (
	`key` text NOT NULL,
	`doc` integer NOT NULL,
	`tier` integer NOT NULL,
	`pos` integer NOT NULL,
	PRIMARY KEY (`key`, `doc`)
) WITHOUT ROWID;
--> statement-breakpoint
CREATE INDEX `search_keys_doc_idx` ON `search_keys` (`doc`);
--> statement-breakpoint
-- Places, biographies, nationalities and organisations, matched with lower weight than names.
-- Contentless: the text stays in the revision; rowid = search_docs.doc.
CREATE VIRTUAL TABLE `search_text` USING fts5(
	`body`,
	content = '',
	contentless_delete = 1,
	detail = none,
	tokenize = 'unicode61 remove_diacritics 2'
);
