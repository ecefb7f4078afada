/**
 * The commands of PRODUCT.md §7, with their Vietnamese twins. Telegram shows them in its menu;
 * Zalo and the console accept the same words typed as text.
 */
export const COMMANDS = {
  start: ["start", "batdau"],
  help: ["help", "trogiup"],
  register: ["register", "dangky"],
  nominate: ["nominate", "dienhinh"],
  initiative: ["initiative", "sangkien"],
  progress: ["progress", "tiendo"],
  export: ["export", "xuat"],
  remind: ["remind", "nhacnho"],
  me: ["me", "toi"],
  language: ["language", "ngonngu"],
  results: ["results", "ketqua"],
  decision: ["decision", "quyetdinh"],
  cancel: ["cancel", "huy"],
  members: ["members", "thanhvien"],
  broadcast: ["broadcast", "thongbao"],
  web: ["web", "web"],
  invite: ["invite", "moi"],
  campaign: ["campaign", "dotthidua"],
  requests: ["requests", "yeucau"],
  import: ["import", "nhap"],
  dossier: ["dossier", "hoso"],
  report: ["report", "baocao"],
} as const;

export type CommandName = keyof typeof COMMANDS;

const byAlias = new Map<string, CommandName>(
  (Object.entries(COMMANDS) as Array<[CommandName, readonly string[]]>).flatMap(([name, aliases]) => aliases.map((a) => [a, name] as const)),
);

export function resolveCommand(word: string): CommandName | null {
  return byAlias.get(word.toLowerCase()) ?? null;
}
