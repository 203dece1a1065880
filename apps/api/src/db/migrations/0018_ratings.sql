CREATE TABLE "rating_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rating_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"action" text NOT NULL,
	"acted_on" date NOT NULL,
	"recorded_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rating_follow_ups_kind_ck" CHECK ("rating_follow_ups"."kind" in ('rectification','return-visit'))
);
--> statement-breakpoint
CREATE TABLE "service_ratings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"subject_label" text NOT NULL,
	"provision" text NOT NULL,
	"enterprise_id" uuid NOT NULL,
	"area_code" text NOT NULL,
	"level" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"rated_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_ratings_subject_ck" CHECK ("service_ratings"."subject_type" in ('application','service-request')),
	CONSTRAINT "service_ratings_level_ck" CHECK ("service_ratings"."level" in ('very-satisfied','satisfied','basically-satisfied','dissatisfied','very-dissatisfied')),
	CONSTRAINT "service_ratings_comment_ck" CHECK (char_length("service_ratings"."comment") <= 500)
);
--> statement-breakpoint
ALTER TABLE "rating_follow_ups" ADD CONSTRAINT "rating_follow_ups_rating_id_service_ratings_id_fk" FOREIGN KEY ("rating_id") REFERENCES "public"."service_ratings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rating_follow_ups" ADD CONSTRAINT "rating_follow_ups_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_enterprise_id_enterprises_id_fk" FOREIGN KEY ("enterprise_id") REFERENCES "public"."enterprises"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_ratings" ADD CONSTRAINT "service_ratings_rated_by_users_id_fk" FOREIGN KEY ("rated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "rating_follow_ups_rating_idx" ON "rating_follow_ups" USING btree ("rating_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_ratings_subject_uq" ON "service_ratings" USING btree ("subject_type","subject_id","enterprise_id");--> statement-breakpoint
CREATE INDEX "service_ratings_area_idx" ON "service_ratings" USING btree ("area_code","created_at");--> statement-breakpoint
CREATE INDEX "service_ratings_enterprise_idx" ON "service_ratings" USING btree ("enterprise_id");