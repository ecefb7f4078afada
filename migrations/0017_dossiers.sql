-- Award dossiers (issue 24 part A): each unit's dossier in a campaign, and each candidate's báo cáo thành tích.
CREATE TABLE "unit_dossiers" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"results_campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"status" text DEFAULT 'in_progress' NOT NULL,
	"send_requested_at" timestamp with time zone,
	"send_requested_by" integer,
	"sent_at" timestamp with time zone,
	"sent_by" integer,
	"return_reason" text,
	"returned_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_dossiers_campaign_unit" UNIQUE("campaign_id","unit_id"),
	CONSTRAINT "unit_dossiers_status" CHECK ("unit_dossiers"."status" in ('in_progress', 'sent', 'returned', 'accepted'))
);
--> statement-breakpoint
CREATE TABLE "dossier_reports" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"person_id" integer,
	"title_code" text NOT NULL,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_reason" text,
	"submitted_at" timestamp with time zone,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dossier_reports_once" UNIQUE NULLS NOT DISTINCT("campaign_id","unit_id","person_id","title_code"),
	CONSTRAINT "dossier_reports_status" CHECK ("dossier_reports"."status" in ('draft', 'submitted', 'approved', 'returned'))
);
--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_results_campaign_id_campaigns_id_fk" FOREIGN KEY ("results_campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_send_requested_by_people_id_fk" FOREIGN KEY ("send_requested_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "unit_dossiers" ADD CONSTRAINT "unit_dossiers_sent_by_people_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reports" ADD CONSTRAINT "dossier_reports_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reports" ADD CONSTRAINT "dossier_reports_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reports" ADD CONSTRAINT "dossier_reports_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reports" ADD CONSTRAINT "dossier_reports_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dossier_reports" ADD CONSTRAINT "dossier_reports_reviewed_by_people_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "unit_dossiers_campaign_status" ON "unit_dossiers" USING btree ("campaign_id","status");--> statement-breakpoint
CREATE INDEX "dossier_reports_person" ON "dossier_reports" USING btree ("person_id");
