import { and, asc, eq } from "drizzle-orm";
import { dataRequests, people, units } from "../../db/schema.js";
import { formatDate } from "../../domain/calendar.js";
import { isOffice } from "../../core/roles.js";
import { defineFlow, type FlowContext, type Message } from "../../flows/engine/types.js";
import { writeAudit } from "../../services/audit.js";
import { erasePerson } from "../../services/personal-data.js";
import { deleteErasedFiles } from "./files.js";
import { requestDeadline } from "./deadline.js";

interface Data {
  requestId?: number;
}

/** Open requests of the province, oldest first, with who asked and their unit. */
async function openRequests(ctx: FlowContext<Data>) {
  return ctx.tx
    .select({
      id: dataRequests.id,
      kind: dataRequests.kind,
      createdAt: dataRequests.createdAt,
      personId: people.id,
      name: people.fullName,
      unit: units.name,
    })
    .from(dataRequests)
    .innerJoin(people, eq(people.id, dataRequests.personId))
    .leftJoin(units, eq(units.id, people.unitId))
    .where(and(eq(dataRequests.provinceId, ctx.actor!.provinceId), eq(dataRequests.status, "open")))
    .orderBy(asc(dataRequests.createdAt));
}

async function chosen(ctx: FlowContext<Data>) {
  return (await openRequests(ctx)).find((r) => r.id === ctx.data.requestId) ?? null;
}

/** `/yeucau` (`/requests`): the Văn phòng sees personal-data requests made with /toi and carries them out. */
export const requestsFlow = defineFlow<Data>({
  name: "requests",
  allowed: isOffice,
  async start(ctx) {
    if ((await openRequests(ctx)).length === 0) return { done: true, say: [{ key: "office-requests-none" }] };
    return { next: "list" };
  },
  steps: {
    list: {
      id: "list",
      input: "choice",
      async prompt(ctx) {
        const rows = await openRequests(ctx);
        const lines = rows.map((r) =>
          ctx.t("office-requests-line", {
            id: r.id,
            name: r.name,
            unit: r.unit ?? ctx.t("office-requests-no-unit"),
            at: formatDate(r.createdAt, ctx.timeZone),
            deadline: formatDate(requestDeadline(r.createdAt, ctx.timeZone), ctx.timeZone),
            late: requestDeadline(r.createdAt, ctx.timeZone) < ctx.now ? ` ${ctx.t("office-requests-late")}` : "",
          }),
        );
        return { key: "office-requests-list", vars: { lines: lines.join("\n") } };
      },
      async options(ctx) {
        return [
          ...(await openRequests(ctx)).map((r) => ({ value: String(r.id), label: `#${r.id} ${r.name}` })),
          { value: "quit", label: ctx.t("common-close") },
        ];
      },
      async onAnswer(ctx, value) {
        if (value === "quit") return { done: true };
        ctx.data.requestId = Number(value);
        return { next: "action" };
      },
    },
    action: {
      id: "action",
      input: "choice",
      async prompt(ctx) {
        const r = await chosen(ctx);
        if (!r) return { key: "office-requests-gone" };
        return {
          key: "office-requests-what",
          vars: { id: r.id, name: r.name, deadline: formatDate(requestDeadline(r.createdAt, ctx.timeZone), ctx.timeZone) },
        };
      },
      options: (ctx) => [
        { value: "ack", label: ctx.t("office-requests-ack") },
        { value: "erase", label: ctx.t("office-requests-erase") },
        { value: "back", label: ctx.t("common-back") },
      ],
      async onAnswer(ctx, value) {
        if (value === "back") return { next: "list" };
        const r = await chosen(ctx);
        if (!r) return { done: true, say: [{ key: "office-requests-gone" }] };
        if (value === "erase") return { next: "confirm" };
        // Acknowledged: the person learns that the request is being handled and by when.
        const deadline = formatDate(requestDeadline(r.createdAt, ctx.timeZone), ctx.timeZone);
        ctx.notify({
          personId: r.personId,
          provinceId: ctx.actor!.provinceId,
          dedupeKey: `data-request-ack:${r.id}`,
          message: { key: "office-requests-notify-ack", vars: { deadline } },
        });
        await writeAudit(ctx.tx, {
          provinceId: ctx.actor!.provinceId,
          actor: ctx.actor!,
          action: "acknowledge",
          entity: "data_request",
          entityId: r.id,
        });
        return { done: true, say: [{ key: "office-requests-acked", vars: { name: r.name, deadline } }] };
      },
    },
    confirm: {
      id: "confirm",
      input: "confirm",
      async prompt(ctx) {
        const r = await chosen(ctx);
        return { key: "office-requests-confirm-erase", vars: { name: r?.name ?? "", unit: r?.unit ?? ctx.t("office-requests-no-unit") } };
      },
      options: (ctx) => [
        { value: "yes", label: ctx.t("office-requests-erase-yes") },
        { value: "no", label: ctx.t("office-confirm-no") },
      ],
      async onAnswer(ctx, value) {
        if (value !== "yes") return { done: true, say: [{ key: "office-nothing-changed" }] };
        const r = await chosen(ctx);
        if (!r) return { done: true, say: [{ key: "office-requests-gone" }] };
        const { fileKeys, tell } = await erasePerson(
          ctx.tx,
          r.id,
          ctx.actor!.provinceId,
          ctx.now,
          ctx.actor!,
          ctx.t("security-erased-name"),
        );
        const removed = await deleteErasedFiles(fileKeys);
        // The "done" notice was queued to her chats inside the erasure: have it sent after commit.
        if (tell.length > 0) ctx.wake();
        const told: Message =
          tell.length > 0
            ? { key: "office-requests-erased-told", vars: { count: tell.length } }
            : { key: "office-requests-erased-not-told" };
        return { done: true, say: [{ key: "office-requests-erased", vars: { id: r.id, files: removed } }, told] };
      },
    },
  },
});
