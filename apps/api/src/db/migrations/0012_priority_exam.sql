CREATE TABLE "priority_exam_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"application_numbers" jsonb NOT NULL,
	"patent_title" text NOT NULL,
	"technical_field" text NOT NULL,
	"industry" text NOT NULL,
	"focus_industry" boolean NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"check_reason" text,
	"checked_by" uuid,
	"checked_at" timestamp with time zone,
	"rank" integer,
	"decision_reason" text,
	"over_reason" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "priority_exam_status_ck" CHECK ("priority_exam_applications"."status" in ('submitted','returned','passed','recommended','not-recommended'))
);
--> statement-breakpoint
CREATE TABLE "priority_exam_tallies" (
	"year" integer PRIMARY KEY NOT NULL,
	"recommended" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "priority_exam_tallies_ck" CHECK ("priority_exam_tallies"."recommended" >= 0)
);
--> statement-breakpoint
ALTER TABLE "priority_exam_applications" ADD CONSTRAINT "priority_exam_applications_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_exam_applications" ADD CONSTRAINT "priority_exam_applications_checked_by_users_id_fk" FOREIGN KEY ("checked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_exam_applications" ADD CONSTRAINT "priority_exam_applications_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_exam_applications" ADD CONSTRAINT "priority_exam_applications_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "priority_exam_enterprise_year_uq" ON "priority_exam_applications" USING btree ("enterprise_id","year");--> statement-breakpoint
CREATE INDEX "priority_exam_area_idx" ON "priority_exam_applications" USING btree ("area_code","year");--> statement-breakpoint
CREATE INDEX "priority_exam_year_status_idx" ON "priority_exam_applications" USING btree ("year","status");