/** Task-completion rating (NĐ 90/2020, NĐ 48/2023), best first. */
export const RATINGS = ["HTXSNV", "HTTNV", "HTNV", "KHTNV"] as const;
export type Rating = (typeof RATINGS)[number];
