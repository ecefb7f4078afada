-- The replies of a chat step, written in the step's own transaction and deleted once delivered: a
-- crash between the commit and the send leaves them here, and a redelivered update or the
-- recovery sweep sends them then. A row is leased (lease_until) by whoever is sending it.
CREATE TABLE "step_replies" (
	"channel" text NOT NULL,
	"update_id" text NOT NULL,
	"external_id" text NOT NULL,
	"locale" text NOT NULL,
	"replies" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "step_replies_pk" PRIMARY KEY("channel","update_id")
);--> statement-breakpoint
CREATE INDEX "step_replies_lease" ON "step_replies" USING btree ("lease_until");--> statement-breakpoint
-- Webhook updates (Zalo does not resend) kept before the webhook is answered; deleted once the
-- step has committed. What a crash left here is handled by the recovery sweep.
CREATE TABLE "inbound_updates" (
	"channel" text NOT NULL,
	"update_id" text NOT NULL,
	"body" jsonb NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"lease_until" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "inbound_updates_pk" PRIMARY KEY("channel","update_id")
);--> statement-breakpoint
CREATE INDEX "inbound_updates_lease" ON "inbound_updates" USING btree ("lease_until");--> statement-breakpoint
-- Evidence copies: a file that keeps failing moves behind the others instead of blocking them.
ALTER TABLE "nomination_evidence" ADD COLUMN "copy_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "nomination_evidence" ADD COLUMN "copy_error" text;--> statement-breakpoint
CREATE INDEX "nomination_evidence_pending" ON "nomination_evidence" USING btree ("channel","copy_attempts","id") WHERE "sha256" IS NULL;
