-- A personal invite names one imported person: one use, short expiry, and it may carry a role above
-- staff. Invites without a person are unit-wide and grant staff only.
ALTER TABLE "invite_codes" ADD COLUMN "person_id" integer REFERENCES "people"("id") ON DELETE CASCADE;--> statement-breakpoint
-- How a chat proved who it is when it joined: the Telegram phone matching the imported phone, a
-- personal code, or neither (a new staff member).
ALTER TABLE "channel_identities" ADD COLUMN "joined_via" text;--> statement-breakpoint
ALTER TABLE "channel_identities" ADD CONSTRAINT "channel_identities_joined_via" CHECK ("joined_via" is null or "joined_via" in ('phone', 'personal_code', 'new'));--> statement-breakpoint
-- A person who joined without proof while an imported person of the same unit has the same name:
-- the focal person sees it and the Văn phòng can send that person a personal code.
ALTER TABLE "people" ADD COLUMN "possible_duplicate_of" integer REFERENCES "people"("id") ON DELETE SET NULL;--> statement-breakpoint
-- Unit-wide invites that would grant more than staff are withdrawn: such roles now come only from a
-- personal invite or an explicit grant.
UPDATE "invite_codes" SET "revoked_at" = now() WHERE "person_id" IS NULL AND "role" <> 'staff' AND "revoked_at" IS NULL;
--> statement-breakpoint
-- The audit trail keeps what happened and when, not what a person wrote or is called (that stays
-- in its own table, where erasure reaches it). Rows written before this are cleaned once.
ALTER TABLE "audit_log" DISABLE TRIGGER "audit_log_append_only";--> statement-breakpoint
UPDATE "audit_log" SET
  "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - ARRAY['fullName','phone','position','nomineeName','summary','title','coAuthors','initiativeTitle','initiativeSubject','initiativeText'] ELSE "before" END,
  "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - ARRAY['fullName','phone','position','nomineeName','summary','title','coAuthors','initiativeTitle','initiativeSubject','initiativeText'] ELSE "after" END
WHERE (jsonb_typeof("before") = 'object' AND "before" ?| ARRAY['fullName','phone','position','nomineeName','summary','title','coAuthors','initiativeTitle','initiativeSubject','initiativeText'])
   OR (jsonb_typeof("after") = 'object' AND "after" ?| ARRAY['fullName','phone','position','nomineeName','summary','title','coAuthors','initiativeTitle','initiativeSubject','initiativeText']);--> statement-breakpoint
ALTER TABLE "audit_log" ENABLE TRIGGER "audit_log_append_only";
