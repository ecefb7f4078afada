import { defineFlow } from "../../flows/engine/types.js";

export const languageFlow = defineFlow<Record<string, never>>({
  name: "language",
  allowed: () => true,
  start: async () => ({ next: "pick" }),
  steps: {
    pick: {
      id: "pick",
      input: "choice",
      prompt: () => ({ key: "language-ask" }),
      // Each language is named in itself, so someone who cannot read the current one finds theirs.
      options: (ctx) => [
        { value: "vi", label: ctx.t("language-name-vi") },
        { value: "en", label: ctx.t("language-name-en") },
      ],
      async onAnswer(ctx, value) {
        ctx.setLocale(value === "en" ? "en" : "vi");
        return { done: true, say: [{ key: "language-set" }] };
      },
    },
  },
});
