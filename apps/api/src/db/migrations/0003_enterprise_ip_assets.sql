CREATE TABLE "enterprise_ip_assets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"date" date NOT NULL,
	"number" text,
	"jurisdiction" text,
	"item_key" text NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "enterprise_ip_assets_kind_ck" CHECK ("enterprise_ip_assets"."kind" in ('national-demonstration','national-advantage','regional-pilot','patent-gold','patent-silver','patent-excellence','foreign-patent','foreign-trademark'))
);
--> statement-breakpoint
ALTER TABLE "enterprise_ip_assets" ADD CONSTRAINT "enterprise_ip_assets_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "enterprise_ip_assets" ADD CONSTRAINT "enterprise_ip_assets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "enterprise_ip_assets_uq" ON "enterprise_ip_assets" USING btree ("enterprise_id","kind","item_key");