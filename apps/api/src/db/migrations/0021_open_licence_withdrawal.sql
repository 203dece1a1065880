DROP INDEX "licence_offers_patent_uq";--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "description" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "status" text DEFAULT 'listed' NOT NULL;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "withdrawn_on" date;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "withdrawal_reason" text;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "withdrawn_by" uuid;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "amended_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD COLUMN "amended_by" uuid;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_amended_by_users_id_fk" FOREIGN KEY ("amended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "licence_offers_patent_uq" ON "licence_offers" USING btree ("patent_number","period_from") WHERE "licence_offers"."status" = 'listed';--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_status_ck" CHECK ("licence_offers"."status" in ('listed','withdrawn'));--> statement-breakpoint
ALTER TABLE "licence_offers" ADD CONSTRAINT "licence_offers_withdrawn_ck" CHECK (("licence_offers"."status" = 'withdrawn') = ("licence_offers"."withdrawn_on" is not null and "licence_offers"."withdrawal_reason" is not null));