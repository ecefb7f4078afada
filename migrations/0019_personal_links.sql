-- Issue 16: the /me download on link channels works once, for 15 minutes, for its owner; only the
-- token's SHA-256 digest is stored. And a message can be addressed to one chat (the "erasure done"
-- notice, queued before the chat link is erased); the chat id is cleared once it has gone. And a
-- chat merged into an imported person by a focal person says so ("merged").
CREATE TABLE "personal_links" (
	"id" serial PRIMARY KEY NOT NULL,
	"province_id" integer NOT NULL,
	"person_id" integer NOT NULL,
	"token_hash" text NOT NULL,
	"file_key" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "personal_links_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
ALTER TABLE "personal_links" ADD CONSTRAINT "personal_links_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "personal_links" ADD CONSTRAINT "personal_links_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "personal_links_person" ON "personal_links" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "to_channel" text;--> statement-breakpoint
ALTER TABLE "outbox" ADD COLUMN "to_external_id" text;--> statement-breakpoint
-- A chat that joined without proof and was merged into the imported person by a focal person.
ALTER TABLE "channel_identities" DROP CONSTRAINT "channel_identities_joined_via";--> statement-breakpoint
ALTER TABLE "channel_identities" ADD CONSTRAINT "channel_identities_joined_via" CHECK ("joined_via" is null or "joined_via" in ('phone', 'personal_code', 'new', 'merged'));
