CREATE TABLE `quota_guard` (
	`quota_exceeded` integer NOT NULL,
	CONSTRAINT "quota_exceeded" CHECK("quota_guard"."quota_exceeded" = 0)
);
