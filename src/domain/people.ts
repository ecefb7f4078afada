import type { Role } from "../db/schema.js";
import { foldVietnamese } from "./text.js";

/**
 * Vietnamese mobile numbers as people write them: "0912 345 678", "091.234.5678", "+84 912345678".
 * Returns the 10-digit national form, or null when it is not a mobile number.
 */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[\s.()-]/g, "");
  const national = digits.startsWith("+84") ? `0${digits.slice(3)}` : digits.startsWith("84") && digits.length === 11 ? `0${digits.slice(2)}` : digits;
  return /^0[35789]\d{8}$/.test(national) ? national : null;
}

const ROLE_WORDS: Array<[Role, string[]]> = [
  ["office", ["office", "van phong", "van phong so", "chuyen vien van phong"]],
  ["unit_leader", ["unit_leader", "leader", "lanh dao", "thu truong", "hieu truong", "giam doc", "lanh dao don vi", "thu truong don vi"]],
  ["focal", ["focal", "dau moi", "can bo dau moi", "dau moi tdkt", "can bo dau moi tdkt"]],
  ["staff", ["staff", "giao vien", "nhan vien", "can bo", "vien chuc", "gv", "nv"]],
];

/** Maps what the Văn phòng writes in the "vai trò" column (any case, with or without marks) to a role. */
export function parseRole(text: string): Role | null {
  const folded = foldVietnamese(text);
  for (const [role, words] of ROLE_WORDS) if (words.includes(folded)) return role;
  return null;
}
