CREATE TABLE "approval_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"serial" integer NOT NULL,
	"number" text NOT NULL,
	"authority" text NOT NULL,
	"issued_on" date NOT NULL,
	"enterprise_name" text NOT NULL,
	"provision" text NOT NULL,
	"amount" numeric(18, 2) NOT NULL,
	"key_id" text NOT NULL,
	"signed_sha256" text NOT NULL,
	"pdf_sha256" text NOT NULL,
	"pdf_size" integer NOT NULL,
	"issued_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "approval_notices_serial_ck" CHECK ("approval_notices"."serial" >= 1),
	CONSTRAINT "approval_notices_amount_ck" CHECK ("approval_notices"."amount" > 0)
);
--> statement-breakpoint
CREATE TABLE "notice_number_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "notice_number_counters_last_ck" CHECK ("notice_number_counters"."last" >= 1)
);
--> statement-breakpoint
ALTER TABLE "approval_notices" ADD CONSTRAINT "approval_notices_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "approval_notices" ADD CONSTRAINT "approval_notices_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approval_notices_application_uq" ON "approval_notices" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_notices_serial_uq" ON "approval_notices" USING btree ("year","serial");--> statement-breakpoint
CREATE UNIQUE INDEX "approval_notices_number_uq" ON "approval_notices" USING btree ("number");