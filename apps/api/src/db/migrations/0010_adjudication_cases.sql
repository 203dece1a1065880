CREATE TABLE "adjudication_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_no" text NOT NULL,
	"area_code" text NOT NULL,
	"requester_enterprise_id" uuid,
	"requester_name" text NOT NULL,
	"requester_credit_code" text,
	"respondent_enterprise_id" uuid,
	"respondent_name" text NOT NULL,
	"respondent_credit_code" text,
	"patent_number" text NOT NULL,
	"patent_title" text NOT NULL,
	"asserted_claims" text NOT NULL,
	"requests" text NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"received_on" date NOT NULL,
	"accepted_on" date,
	"refused_on" date,
	"refusal_reason" text,
	"served_on" date,
	"hearing_on" date,
	"hearing_notified_on" date,
	"extended" boolean DEFAULT false NOT NULL,
	"extension_reason" text,
	"closed_on" date,
	"outcome" text,
	"decision_summary" text,
	"document_sha256" text,
	"document_filename" text,
	"document_mime" text,
	"document_size" integer,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adjudication_cases_status_ck" CHECK ("adjudication_cases"."status" in ('received','accepted','refused','closed')),
	CONSTRAINT "adjudication_cases_outcome_ck" CHECK ("adjudication_cases"."outcome" is null or "adjudication_cases"."outcome" in ('infringement','no-infringement','mediated','withdrawn'))
);
--> statement-breakpoint
ALTER TABLE "adjudication_cases" ADD CONSTRAINT "adjudication_cases_requester_enterprise_id_enterprises_id_fk" FOREIGN KEY ("requester_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication_cases" ADD CONSTRAINT "adjudication_cases_respondent_enterprise_id_enterprises_id_fk" FOREIGN KEY ("respondent_enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "adjudication_cases" ADD CONSTRAINT "adjudication_cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "adjudication_cases_no_uq" ON "adjudication_cases" USING btree ("case_no");--> statement-breakpoint
CREATE INDEX "adjudication_cases_area_idx" ON "adjudication_cases" USING btree ("area_code","status");--> statement-breakpoint
CREATE INDEX "adjudication_cases_requester_idx" ON "adjudication_cases" USING btree ("requester_enterprise_id");--> statement-breakpoint
CREATE INDEX "adjudication_cases_respondent_idx" ON "adjudication_cases" USING btree ("respondent_enterprise_id");