CREATE TABLE "collective_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"group_name" text,
	"title_code" text NOT NULL,
	"award_code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conversations" (
	"channel" text NOT NULL,
	"external_id" text NOT NULL,
	"province_id" integer,
	"person_id" integer,
	"locale" text DEFAULT 'vi' NOT NULL,
	"flow" text,
	"step" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conversations_channel_external_id_pk" PRIMARY KEY("channel","external_id")
);
--> statement-breakpoint
CREATE TABLE "data_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"done_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"dedupe_key" text NOT NULL,
	"kind" text NOT NULL,
	"message" jsonb NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"not_before" timestamp with time zone DEFAULT now() NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outbox_dedupe" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "processed_updates" (
	"channel" text NOT NULL,
	"update_id" text NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_updates_channel_update_id_pk" PRIMARY KEY("channel","update_id")
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"title_code" text NOT NULL,
	"award_code" text,
	"initiative_title" text,
	"initiative_subject" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"return_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_campaign_person" UNIQUE("campaign_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "unit_submissions" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" integer,
	"snapshot" jsonb,
	"reopened_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_submissions_campaign_unit" UNIQUE("campaign_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "unit_targets" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"content" text NOT NULL,
	"measure" text NOT NULL,
	"planned" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "collective_registrations" ADD CONSTRAINT "collective_registrations_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_registrations" ADD CONSTRAINT "collective_registrations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "collective_registrations" ADD CONSTRAINT "collective_registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "data_requests" ADD CONSTRAINT "data_requests_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_submissions" ADD CONSTRAINT "unit_submissions_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_submissions" ADD CONSTRAINT "unit_submissions_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_submissions" ADD CONSTRAINT "unit_submissions_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_submissions" ADD CONSTRAINT "unit_submissions_submitted_by_people_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_targets" ADD CONSTRAINT "unit_targets_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_targets" ADD CONSTRAINT "unit_targets_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_targets" ADD CONSTRAINT "unit_targets_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "collective_registrations_unit" ON "collective_registrations" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE INDEX "conversations_person" ON "conversations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "outbox_due" ON "outbox" USING btree ("status","not_before");--> statement-breakpoint
CREATE INDEX "processed_updates_at" ON "processed_updates" USING btree ("processed_at");--> statement-breakpoint
CREATE INDEX "registrations_unit" ON "registrations" USING btree ("campaign_id","unit_id");--> statement-breakpoint
CREATE INDEX "unit_targets_unit" ON "unit_targets" USING btree ("campaign_id","unit_id");