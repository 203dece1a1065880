-- Reviews decided before this version kept an absent fix list or issue list as the JSON value null
-- (a placeholder's value went through jsonb's encoder, db/prepared.ts); absent is SQL NULL. The audit
-- log is append-only and keeps its rows as written: its readers take JSON null as absent.
UPDATE "reviews" SET "fix_items" = NULL WHERE "fix_items" = 'null'::jsonb;--> statement-breakpoint
UPDATE "reviews" SET "issues" = NULL WHERE "issues" = 'null'::jsonb;
