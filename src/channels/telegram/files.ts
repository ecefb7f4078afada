import { Api } from "grammy";
import type { FileFetcher } from "../../features/nominations/evidence.js";

/** Downloads a file a person sent the bot: getFile, then the file URL of the Bot API server. */
export function createTelegramFileFetcher(token: string, apiRoot: string): FileFetcher {
  const api = new Api(token, { apiRoot });
  const root = apiRoot.replace(/\/+$/, "");
  return {
    async fetch(fileId) {
      const file = await api.getFile(fileId);
      if (!file.file_path) throw new Error("Telegram gave no file path");
      const res = await fetch(`${root}/file/bot${token}/${file.file_path}`);
      if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
      return new Uint8Array(await res.arrayBuffer());
    },
  };
}
