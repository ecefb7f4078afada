import type { Rating } from "../domain/rules/index.js";
import { shiftSchoolYear } from "../domain/rules/index.js";
import { createRng, type DemoPerson } from "./demo-province.js";

export interface DemoYear {
  schoolYear: string;
  rating: Rating;
  titles: string[];
}

const RATING_SHARES: Array<[Rating, number]> = [
  ["HTXSNV", 0.3],
  ["HTTNV", 0.55],
  ["HTNV", 0.13],
  ["KHTNV", 0.02],
];

/**
 * Three past school years of ratings and titles per person, so the demo's title rules have
 * something to judge: most people may register LĐTT without a warning, a few have the CSTĐCS
 * streak a provincial title needs, some are blocked. Deterministic like the rest of the demo.
 */
export function demoHistory(people: readonly DemoPerson[], currentSchoolYear: string): DemoYear[][] {
  const rng = createRng(20_251_020);
  return people.map(() => {
    let streak = rng.chance(0.15);
    return [3, 2, 1].map((back) => {
      const roll = rng.next();
      let acc = 0;
      let rating: Rating = "HTTNV";
      for (const [r, share] of RATING_SHARES) {
        acc += share;
        if (roll < acc) {
          rating = r;
          break;
        }
      }
      if (streak) rating = "HTXSNV";
      const titles: string[] = [];
      if (rating === "HTXSNV" || rating === "HTTNV") titles.push("LDTT");
      if (rating === "HTXSNV" && (streak || rng.chance(0.4))) titles.push("CSTDCS");
      else streak = false;
      return { schoolYear: shiftSchoolYear(currentSchoolYear, -back), rating, titles };
    });
  });
}
