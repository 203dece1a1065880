ALTER TABLE "applications" ADD COLUMN "case_no" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "promised_working_days" integer;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "reviews" ADD COLUMN "issues" jsonb;--> statement-breakpoint
CREATE UNIQUE INDEX "applications_case_no_uq" ON "applications" USING btree ("case_no");--> statement-breakpoint
CREATE INDEX "applications_due_idx" ON "applications" USING btree ("due_on","id");--> statement-breakpoint
-- 办件编号: the area code, the year of submission (China time) and a number from that year's own
-- sequence (case_no_2026, made on first use). nextval is atomic across every connection and process,
-- so two API processes never give one number twice; a submission that rolls back leaves a gap, never
-- a duplicate. The first use of a year takes an advisory lock so that two sessions do not both
-- create its sequence.
CREATE FUNCTION next_case_no(area text, yr integer) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
  seq text := 'case_no_' || yr;
BEGIN
  IF yr IS NULL OR yr < 2000 OR yr > 2100 THEN
    RAISE EXCEPTION 'next_case_no: year % out of range', yr;
  END IF;
  IF to_regclass(seq) IS NULL THEN
    PERFORM pg_advisory_xact_lock(1751, yr);
    EXECUTE format('CREATE SEQUENCE IF NOT EXISTS %I', seq);
  END IF;
  RETURN area || '-' || yr || '-' || lpad(nextval(seq)::text, 6, '0');
END
$$;
--> statement-breakpoint
-- Claims submitted before numbering existed get theirs in the order they were submitted.
UPDATE "applications" a SET "case_no" = n.case_no
FROM (
  SELECT "id", next_case_no("area_code", extract(year FROM ("submitted_at" AT TIME ZONE 'UTC') + interval '8 hours')::integer) AS case_no
  FROM (SELECT "id", "area_code", "submitted_at" FROM "applications" WHERE "submitted_at" IS NOT NULL ORDER BY "submitted_at", "id") s
) n
WHERE a."id" = n."id";
