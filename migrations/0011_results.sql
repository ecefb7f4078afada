-- Year-end results (bình xét), decisions and the yearly records the rules read (issue 23).
ALTER TABLE "people" ADD COLUMN "recruited_on" date;
--> statement-breakpoint
ALTER TABLE "person_years" ADD COLUMN "unit_id" integer REFERENCES "units"("id");
--> statement-breakpoint
ALTER TABLE "person_years" ADD COLUMN "decision" text;
--> statement-breakpoint
ALTER TABLE "person_years" ADD COLUMN "source" text DEFAULT 'manual' NOT NULL;
--> statement-breakpoint
ALTER TABLE "person_years" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
CREATE TABLE "unit_years" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL REFERENCES "provinces"("id"),
	"unit_id" integer NOT NULL REFERENCES "units"("id"),
	"school_year" text NOT NULL,
	"group_name" text,
	"titles" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"source" text DEFAULT 'results' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "unit_years_unit_year_group" UNIQUE NULLS NOT DISTINCT("unit_id","school_year","group_name")
);
--> statement-breakpoint
CREATE TABLE "person_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL REFERENCES "provinces"("id"),
	"campaign_id" integer NOT NULL REFERENCES "campaigns"("id"),
	"unit_id" integer NOT NULL REFERENCES "units"("id"),
	"person_id" integer NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"rating" text,
	"title_code" text,
	"correction_request" text,
	"correction_requested_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "person_results_campaign_person" UNIQUE("campaign_id","person_id")
);
--> statement-breakpoint
CREATE INDEX "person_results_unit" ON "person_results" USING btree ("campaign_id","unit_id");
--> statement-breakpoint
CREATE TABLE "collective_results" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL REFERENCES "provinces"("id"),
	"campaign_id" integer NOT NULL REFERENCES "campaigns"("id"),
	"unit_id" integer NOT NULL REFERENCES "units"("id"),
	"group_name" text,
	"title_code" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "collective_results_campaign_unit_group" UNIQUE NULLS NOT DISTINCT("campaign_id","unit_id","group_name")
);
--> statement-breakpoint
CREATE TABLE "decisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL REFERENCES "provinces"("id"),
	"number" text NOT NULL,
	"signed_on" date NOT NULL,
	"level" text NOT NULL,
	"school_year" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decisions_province_number" UNIQUE("province_id","number")
);
--> statement-breakpoint
CREATE TABLE "decision_people" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL REFERENCES "provinces"("id"),
	"decision_id" integer NOT NULL REFERENCES "decisions"("id") ON DELETE cascade,
	"person_id" integer NOT NULL REFERENCES "people"("id") ON DELETE cascade,
	"title_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "decision_people_once" UNIQUE("decision_id","person_id","title_code")
);
--> statement-breakpoint
CREATE INDEX "decision_people_person" ON "decision_people" USING btree ("person_id");
