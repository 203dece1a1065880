-- One vocabulary (issue 12): the claim (申报) is called claim in the database too. Names only: no
-- row of a claim changes. The audit log keeps what it says (its rows are hash-chained and never
-- rewritten: rows before this migration say target type 'application', readers take both).
ALTER TABLE "applications" RENAME TO "claims";--> statement-breakpoint
ALTER INDEX "applications_pkey" RENAME TO "claims_pkey";--> statement-breakpoint
ALTER INDEX "applications_enterprise_idx" RENAME TO "claims_enterprise_idx";--> statement-breakpoint
ALTER INDEX "applications_agency_idx" RENAME TO "claims_agency_idx";--> statement-breakpoint
ALTER INDEX "applications_status_idx" RENAME TO "claims_status_idx";--> statement-breakpoint
ALTER INDEX "applications_list_idx" RENAME TO "claims_list_idx";--> statement-breakpoint
ALTER INDEX "applications_amount_idx" RENAME TO "claims_amount_idx";--> statement-breakpoint
ALTER INDEX "applications_submitted_idx" RENAME TO "claims_submitted_idx";--> statement-breakpoint
ALTER INDEX "applications_case_no_uq" RENAME TO "claims_case_no_uq";--> statement-breakpoint
ALTER INDEX "applications_due_idx" RENAME TO "claims_due_idx";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_enterprise_id_enterprises_id_fk" TO "claims_enterprise_id_enterprises_id_fk";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_agency_id_agencies_id_fk" TO "claims_agency_id_agencies_id_fk";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_round_id_funding_rounds_id_fk" TO "claims_round_id_funding_rounds_id_fk";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_applicant_ck" TO "claims_applicant_ck";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_amounts_ck" TO "claims_amounts_ck";--> statement-breakpoint
ALTER TABLE "claims" RENAME CONSTRAINT "applications_origin_ck" TO "claims_origin_ck";--> statement-breakpoint
ALTER TABLE "approval_notices" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "approval_notices" RENAME CONSTRAINT "approval_notices_application_id_applications_id_fk" TO "approval_notices_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "attachments" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "attachments" RENAME CONSTRAINT "attachments_application_id_applications_id_fk" TO "attachments_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "budget_ledger" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "budget_ledger" RENAME CONSTRAINT "budget_ledger_application_id_applications_id_fk" TO "budget_ledger_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "disbursements" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "disbursements" RENAME CONSTRAINT "disbursements_application_id_applications_id_fk" TO "disbursements_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "navigation_reports" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "navigation_reports" RENAME CONSTRAINT "navigation_reports_application_id_applications_id_fk" TO "navigation_reports_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "notice_items" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "notice_items" RENAME CONSTRAINT "notice_items_application_id_applications_id_fk" TO "notice_items_claim_id_claims_id_fk";--> statement-breakpoint
ALTER TABLE "reviews" RENAME COLUMN "application_id" TO "claim_id";--> statement-breakpoint
ALTER TABLE "reviews" RENAME CONSTRAINT "reviews_application_id_applications_id_fk" TO "reviews_claim_id_claims_id_fk";--> statement-breakpoint
ALTER INDEX "approval_notices_application_uq" RENAME TO "approval_notices_claim_uq";--> statement-breakpoint
ALTER INDEX "attachments_application_idx" RENAME TO "attachments_claim_idx";--> statement-breakpoint
ALTER TABLE "navigation_reports" RENAME CONSTRAINT "navigation_reports_application_id_unique" TO "navigation_reports_claim_id_unique";--> statement-breakpoint
ALTER TABLE "notice_items" RENAME CONSTRAINT "notice_items_notice_id_application_id_pk" TO "notice_items_notice_id_claim_id_pk";--> statement-breakpoint
-- Stored values that are not chained follow the vocabulary: a rating's subject and what a
-- notification is about.
ALTER TABLE "service_ratings" DROP CONSTRAINT "service_ratings_subject_ck";--> statement-breakpoint
UPDATE "service_ratings" SET "subject_type" = 'claim' WHERE "subject_type" = 'application';--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_subject_ck" CHECK ("service_ratings"."subject_type" in ('claim','service-request'));--> statement-breakpoint
UPDATE "notifications" SET "subject_type" = 'claim' WHERE "subject_type" = 'application';