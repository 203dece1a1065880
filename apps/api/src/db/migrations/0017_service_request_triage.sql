CREATE TABLE "service_request_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"from_agency_id" uuid,
	"assigned_on" date NOT NULL,
	"working_days" integer NOT NULL,
	"due_on" date,
	"reason" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_request_assignments_days_ck" CHECK ("service_request_assignments"."working_days" between 1 and 120),
	CONSTRAINT "service_request_assignments_reason_ck" CHECK (("service_request_assignments"."from_agency_id" is null) = ("service_request_assignments"."reason" is null))
);
--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "assigned_on" date;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "handle_working_days" integer;--> statement-breakpoint
ALTER TABLE "service_requests" ADD COLUMN "due_on" date;--> statement-breakpoint
ALTER TABLE "service_request_assignments" ADD CONSTRAINT "service_request_assignments_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_assignments" ADD CONSTRAINT "service_request_assignments_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_assignments" ADD CONSTRAINT "service_request_assignments_from_agency_id_agencies_id_fk" FOREIGN KEY ("from_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_request_assignments" ADD CONSTRAINT "service_request_assignments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_request_assignments_request_idx" ON "service_request_assignments" USING btree ("request_id");--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_handle_days_ck" CHECK ("service_requests"."handle_working_days" is null or "service_requests"."handle_working_days" between 1 and 120);