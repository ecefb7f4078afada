ALTER TABLE "conversations" ADD COLUMN "revision" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- A chat step that started from an instance's remembered copy of the conversation asks this when it
-- saves: when the copy was out of date the whole step fails (SQLSTATE TD409) and runs again from
-- the stored conversation.
CREATE OR REPLACE FUNCTION expect_conversation_unchanged(unchanged boolean) RETURNS boolean AS $$
BEGIN
  IF unchanged IS NOT TRUE THEN
    RAISE EXCEPTION 'conversation changed since it was remembered' USING ERRCODE = 'TD409';
  END IF;
  RETURN true;
END;
$$ LANGUAGE plpgsql;
