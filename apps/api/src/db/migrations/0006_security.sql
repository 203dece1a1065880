CREATE TABLE "rate_limits" (
	"key" varchar(255) PRIMARY KEY NOT NULL,
	"points" integer DEFAULT 0 NOT NULL,
	"expire" bigint
);
--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "status" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "body" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "login_epoch" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "enterprise_admin" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- Each enterprise's founding account (its first user) becomes its administrator; colleagues added later are members.
-- An active account is preferred (false sorts first): before this migration any member could disable a colleague,
-- and a disabled sole administrator would leave nobody able to manage the enterprise's members.
UPDATE "users" SET "enterprise_admin" = true WHERE "id" IN (SELECT DISTINCT ON ("enterprise_id") "id" FROM "users" WHERE "role" = 'enterprise' ORDER BY "enterprise_id", "disabled", "created_at", "id");
