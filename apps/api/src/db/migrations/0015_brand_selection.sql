CREATE TABLE "brand_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"nomination_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"filename" text NOT NULL,
	"mime" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_evidence_kind_ck" CHECK ("brand_evidence"."kind" in ('distinctiveness','reputation'))
);
--> statement-breakpoint
CREATE TABLE "brand_nominations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provision" text NOT NULL,
	"year" integer NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"trademark_name" text NOT NULL,
	"registration_no" text NOT NULL,
	"nice_class" integer NOT NULL,
	"owner" text NOT NULL,
	"statement" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'nominated' NOT NULL,
	"reason" text,
	"agency_id" uuid,
	"nominated_by" uuid NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "brand_nominations_status_ck" CHECK ("brand_nominations"."status" in ('nominated','selected','refused')),
	CONSTRAINT "brand_nominations_class_ck" CHECK ("brand_nominations"."nice_class" between 1 and 45)
);
--> statement-breakpoint
CREATE TABLE "brand_selection_places" (
	"year" integer PRIMARY KEY NOT NULL,
	"used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "brand_selection_places_used_ck" CHECK ("brand_selection_places"."used" >= 0)
);
--> statement-breakpoint
ALTER TABLE "brand_evidence" ADD CONSTRAINT "brand_evidence_nomination_id_brand_nominations_id_fk" FOREIGN KEY ("nomination_id") REFERENCES "public"."brand_nominations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_evidence" ADD CONSTRAINT "brand_evidence_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_nominations" ADD CONSTRAINT "brand_nominations_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_nominations" ADD CONSTRAINT "brand_nominations_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_nominations" ADD CONSTRAINT "brand_nominations_nominated_by_users_id_fk" FOREIGN KEY ("nominated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "brand_nominations" ADD CONSTRAINT "brand_nominations_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "brand_evidence_nomination_idx" ON "brand_evidence" USING btree ("nomination_id");--> statement-breakpoint
CREATE UNIQUE INDEX "brand_nominations_registration_uq" ON "brand_nominations" USING btree ("year","registration_no","nice_class");--> statement-breakpoint
CREATE INDEX "brand_nominations_year_idx" ON "brand_nominations" USING btree ("year","status");--> statement-breakpoint
CREATE INDEX "brand_nominations_enterprise_idx" ON "brand_nominations" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "brand_nominations_area_idx" ON "brand_nominations" USING btree ("area_code");