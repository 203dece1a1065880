CREATE TABLE "licence_interests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"offer_id" uuid NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"concluded_on" date,
	"fee" numeric(18, 2),
	"concluded_by" uuid,
	"concluded_at" timestamp with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_interests_status_ck" CHECK ("licence_interests"."status" in ('open','concluded')),
	CONSTRAINT "licence_interests_concluded_ck" CHECK (("licence_interests"."status" = 'concluded') = ("licence_interests"."concluded_on" is not null and "licence_interests"."fee" is not null)),
	CONSTRAINT "licence_interests_fee_ck" CHECK ("licence_interests"."fee" is null or "licence_interests"."fee" >= 0)
);
--> statement-breakpoint
CREATE TABLE "licence_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provision" text NOT NULL,
	"patent_number" text NOT NULL,
	"patent_title" text NOT NULL,
	"technical_field" text NOT NULL,
	"licensor_name" text NOT NULL,
	"licensor_kind" text NOT NULL,
	"licensor_enterprise_id" uuid,
	"fee_kind" text NOT NULL,
	"fee_amount" numeric(18, 2),
	"fee_rate" numeric(6, 4),
	"period_from" date NOT NULL,
	"period_to" date NOT NULL,
	"area_code" text NOT NULL,
	"year" integer NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licence_offers_period_ck" CHECK ("licence_offers"."period_to" >= "licence_offers"."period_from"),
	CONSTRAINT "licence_offers_fee_ck" CHECK (("licence_offers"."fee_kind" <> 'lump-sum' or "licence_offers"."fee_amount" > 0) and ("licence_offers"."fee_kind" <> 'royalty' or ("licence_offers"."fee_rate" > 0 and "licence_offers"."fee_rate" < 1)))
);
--> statement-breakpoint
ALTER TABLE "licence_interests" ADD CONSTRAINT "licence_interests_offer_id_licence_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."licence_offers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_interests" ADD CONSTRAINT "licence_interests_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_interests" ADD CONSTRAINT "licence_interests_concluded_by_users_id_fk" FOREIGN KEY ("concluded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_interests" ADD CONSTRAINT "licence_interests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_licensor_enterprise_id_enterprises_id_fk" FOREIGN KEY ("licensor_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "licence_interests_offer_enterprise_uq" ON "licence_interests" USING btree ("offer_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "licence_interests_enterprise_idx" ON "licence_interests" USING btree ("enterprise_id");--> statement-breakpoint
CREATE INDEX "licence_interests_area_idx" ON "licence_interests" USING btree ("area_code");--> statement-breakpoint
CREATE UNIQUE INDEX "licence_offers_patent_uq" ON "licence_offers" USING btree ("patent_number","period_from");--> statement-breakpoint
CREATE INDEX "licence_offers_period_idx" ON "licence_offers" USING btree ("period_to");