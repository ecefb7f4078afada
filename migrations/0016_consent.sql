-- Consent per purpose: "records" (needed to use the bot) and "messages" (reminders, announcements; optional).
ALTER TABLE "consents" ADD COLUMN "purpose" text DEFAULT 'records' NOT NULL;--> statement-breakpoint
-- One source of truth: an announcement opt-out becomes a declined "messages" consent.
INSERT INTO "consents" ("province_id", "person_id", "notice_version", "accepted", "decided_at", "purpose")
  SELECT "province_id", "person_id", '2026-01', false, "decided_at", 'messages' FROM "announcement_optouts";--> statement-breakpoint
DROP TABLE "announcement_optouts";--> statement-breakpoint
CREATE INDEX "consents_person_purpose" ON "consents" USING btree ("person_id","purpose","decided_at");
