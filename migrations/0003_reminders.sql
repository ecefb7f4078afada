CREATE TABLE "reminder_plans" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"campaign_id" integer NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"reminder_offset" integer NOT NULL,
	"kind" text NOT NULL,
	"planned_at" timestamp with time zone NOT NULL,
	"queued" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "reminder_plans_once" UNIQUE("campaign_id","deadline_at","reminder_offset","kind")
);
--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "campaign_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "unit_id" integer;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "deadline_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "reminder_offset" integer;--> statement-breakpoint
ALTER TABLE "unit_submissions" ADD COLUMN "auto_nudge" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "reminder_plans" ADD CONSTRAINT "reminder_plans_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder_plans" ADD CONSTRAINT "reminder_plans_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_campaign_id_campaigns_id_fk" FOREIGN KEY ("campaign_id") REFERENCES "public"."campaigns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "outbox_person_kind" ON "outbox" USING btree ("person_id","kind","created_at");--> statement-breakpoint
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_reminder_once" UNIQUE("campaign_id","deadline_at","person_id","reminder_offset","kind");