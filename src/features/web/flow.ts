import { isManager, isOffice } from "../../core/roles.js";
import { defineFlow } from "../../flows/engine/types.js";
import { writeAudit } from "../../services/audit.js";
import { createLoginLink, LOGIN_LINK_TTL_MS, loginUrl } from "./links.js";

/**
 * /web: the Văn phòng and focal persons get a one-time link to the web workspace. Anyone else is
 * told politely who it is for; the web checks the roles again on every page.
 */
export const webFlow = defineFlow<Record<string, never>>({
  name: "web",
  allowed: (actor) => actor !== null,
  async start(ctx) {
    const actor = ctx.actor!;
    if (!isOffice(actor) && !isManager(actor)) return { done: true, say: [{ key: "web-not-allowed" }] };
    const token = await createLoginLink(ctx.tx, actor, ctx.now);
    await writeAudit(ctx.tx, {
      provinceId: actor.provinceId,
      actor: actor,
      action: "web-link",
      entity: "person",
      entityId: actor.personId,
    });
    return { done: true, send: [{ type: "link", text: ctx.t("web-link", { minutes: LOGIN_LINK_TTL_MS / 60_000 }), url: loginUrl(token) }] };
  },
  steps: {},
});
