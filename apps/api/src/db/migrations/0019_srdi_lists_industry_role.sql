CREATE TABLE "srdi_list_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"level" text NOT NULL,
	"credit_code" text NOT NULL,
	"name" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"imported_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "srdi_list_entries_level_ck" CHECK ("srdi_list_entries"."level" in ('provincial','little-giant')),
	CONSTRAINT "srdi_list_entries_year_ck" CHECK ("srdi_list_entries"."year" between 2000 and 2100)
);
--> statement-breakpoint
ALTER TABLE "users" DROP CONSTRAINT "users_role_ck";--> statement-breakpoint
ALTER TABLE "srdi_list_entries" ADD CONSTRAINT "srdi_list_entries_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "srdi_list_entries" ADD CONSTRAINT "srdi_list_entries_imported_by_users_id_fk" FOREIGN KEY ("imported_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "srdi_list_entries_year_code_uq" ON "srdi_list_entries" USING btree ("year","credit_code");--> statement-breakpoint
CREATE INDEX "srdi_list_entries_enterprise_idx" ON "srdi_list_entries" USING btree ("enterprise_id");--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_role_ck" CHECK ("users"."role" in ('enterprise','agency','city-admin','region-admin','auditor','industry-dept'));