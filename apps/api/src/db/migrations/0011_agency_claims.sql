ALTER TABLE "applications" ALTER COLUMN "enterprise_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "agencies" ADD COLUMN "credit_code" text;--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "agency_id" uuid;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_agency_idx" ON "applications" USING btree ("agency_id");--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_applicant_ck" CHECK (("applications"."enterprise_id" is null) <> ("applications"."agency_id" is null));