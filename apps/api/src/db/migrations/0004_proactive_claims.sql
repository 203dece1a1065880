ALTER TABLE "applications" ADD COLUMN "origin" text DEFAULT 'enterprise' NOT NULL;--> statement-breakpoint
CREATE INDEX "applications_amount_idx" ON "applications" USING btree ("assessed_amount","id");--> statement-breakpoint
CREATE INDEX "applications_submitted_idx" ON "applications" USING btree ("submitted_at","id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_origin_ck" CHECK ("applications"."origin" in ('enterprise','proactive'));