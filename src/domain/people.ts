import type { Role } from "../core/actor.js";
import { foldVietnamese } from "./text.js";

/**
 * Vietnamese mobile numbers as people write them: "0912 345 678", "091.234.5678", "+84 912345678".
 * Returns the 10-digit national form, or null when it is not a mobile number.
 */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[\s.()-]/g, "");
  const national = digits.startsWith("+84")
    ? `0${digits.slice(3)}`
    : digits.startsWith("84") && digits.length === 11
      ? `0${digits.slice(2)}`
      : digits;
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

/**
 * A phone number in the grouped form people write it, "0852 407 310" (a mobile) or
 * "0228 384 5678" (a landline): a spreadsheet opening a CSV keeps that as text, leading 0
 * included, where 0852407310 becomes the number 852407310. Anything else is returned as it is.
 */
export function groupPhone(phone: string): string {
  const digits = phone.replace(/[\s.()-]/g, "");
  if (/^0\d{9,10}$/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^\+84\d{9,10}$/.test(digits)) return `+84 ${digits.slice(3, 6)} ${digits.slice(6, 9)} ${digits.slice(9)}`;
  return phone;
}
