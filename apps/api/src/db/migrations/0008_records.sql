CREATE TABLE "provision_records" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"provision" text NOT NULL,
	"enterprise_id" uuid,
	"area_code" text,
	"recorder" text NOT NULL,
	"agency_id" uuid,
	"data" jsonb NOT NULL,
	"year" integer,
	"closed_at" timestamp with time zone,
	"verification" text,
	"verification_note" text,
	"verified_by" uuid,
	"verified_at" timestamp with time zone,
	"client_id" uuid,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "provision_records_recorder_ck" CHECK ("provision_records"."recorder" in ('enterprise','agency','city','region')),
	CONSTRAINT "provision_records_verification_ck" CHECK ("provision_records"."verification" is null or "provision_records"."verification" in ('pending','verified','rejected'))
);
--> statement-breakpoint
ALTER TABLE "provision_records" ADD CONSTRAINT "provision_records_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_records" ADD CONSTRAINT "provision_records_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_records" ADD CONSTRAINT "provision_records_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provision_records" ADD CONSTRAINT "provision_records_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provision_records_kind_idx" ON "provision_records" USING btree ("kind","year");--> statement-breakpoint
CREATE INDEX "provision_records_enterprise_idx" ON "provision_records" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "provision_records_area_idx" ON "provision_records" USING btree ("area_code");--> statement-breakpoint
CREATE UNIQUE INDEX "provision_records_client_uq" ON "provision_records" USING btree ("created_by","client_id");