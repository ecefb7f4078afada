import type { Message } from "../../core/messages.js";
import { homeUnit, isOffice } from "../../core/roles.js";
import { defineFlow } from "../../flows/engine/types.js";
import { focalPersonsOf } from "./queries.js";

/**
 * /gioithieu (/about): what the bot does, and whom to turn to: the focal persons of the person's
 * unit and where they use the bot. A stranger is told how to join.
 */
export const aboutFlow = defineFlow<Record<string, never>>({
  name: "about",
  allowed: () => true,
  async start(ctx) {
    const actor = ctx.actor;
    if (!actor) return { done: true, say: [{ key: "about-bot" }, { key: "about-stranger" }] };
    const unitId = homeUnit(actor);
    if (unitId === null) return { done: true, say: [{ key: "about-bot" }, { key: isOffice(actor) ? "about-office" : "about-no-unit" }] };
    const focal = await focalPersonsOf(ctx.tx, unitId);
    const unit = actor.unitName ?? "";
    if (focal.length === 0) return { done: true, say: [{ key: "about-bot" }, { key: "about-no-focal", vars: { unit } }] };
    const lines = focal.map((f) =>
      ctx.t(f.personId === actor.personId ? "about-focal-you" : f.channels.length ? "about-focal-line" : "about-focal-absent", {
        who: f.position ? `${f.fullName}, ${f.position}` : f.fullName,
        channels: f.channels.map((c) => ctx.t(`about-channel-${c}`)).join(", "),
      }),
    );
    const say: Message[] = [{ key: "about-bot" }, { key: "about-focal", vars: { unit, people: lines.join("\n") } }];
    return { done: true, say };
  },
  steps: {},
});
