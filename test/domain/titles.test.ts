import { describe, it, expect } from "vitest";
import {
  ALL_TITLES,
  AWARD_CODES,
  COLLECTIVE_TITLE_CODES,
  INDIVIDUAL_TITLE_CODES,
  getTitle,
  isCollectiveTitleCode,
  isIndividualTitleCode,
  isTitleCode,
  titleLabelKey,
  titlesFor,
} from "../../src/domain/titles.js";

describe("title catalogue", () => {
  it("has unique ASCII codes covering every code list", () => {
    const codes = ALL_TITLES.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[A-Z][A-Z_]*$/);
    expect([...codes].sort()).toEqual([...INDIVIDUAL_TITLE_CODES, ...COLLECTIVE_TITLE_CODES, ...AWARD_CODES].sort());
  });

  it("stores official names in NFC with Vietnamese diacritics", () => {
    expect(getTitle("CSTDCS").nameVi).toBe("Chiến sĩ thi đua cơ sở");
    expect(getTitle("TTLDXS").nameVi).toBe("Tập thể lao động xuất sắc");
    expect(getTitle("BANG_KHEN_THU_TUONG").nameVi).toBe("Bằng khen của Thủ tướng Chính phủ");
    for (const t of ALL_TITLES) expect(t.nameVi).toBe(t.nameVi.normalize("NFC"));
  });

  it("classifies titles and awards by scope and category", () => {
    expect(getTitle("LDTT")).toMatchObject({ scope: "individual", category: "title" });
    expect(getTitle("TTLDTT")).toMatchObject({ scope: "collective", category: "title" });
    expect(getTitle("GIAY_KHEN_GIAM_DOC_SO")).toMatchObject({ scope: "both", category: "award" });
    expect(isIndividualTitleCode("CSTD_TINH")).toBe(true);
    expect(isIndividualTitleCode("TTLDXS")).toBe(false);
    expect(isCollectiveTitleCode("CO_THI_DUA_CP")).toBe(true);
    expect(isTitleCode("NOPE")).toBe(false);
    expect(() => getTitle("NOPE" as never)).toThrow(RangeError);
  });

  it("lists titles for a scope in rank order and awards for both scopes", () => {
    expect(titlesFor("individual", "title").map((t) => t.code)).toEqual(["LDTT", "CSTDCS", "CSTD_TINH", "CSTD_TOAN_QUOC"]);
    expect(titlesFor("collective", "title").map((t) => t.code)).toEqual([
      "TTLDTT",
      "TTLDXS",
      "CO_THI_DUA_TINH",
      "CO_THI_DUA_BO",
      "CO_THI_DUA_CP",
    ]);
    const individualAwards = titlesFor("individual", "award").map((t) => t.code);
    expect(individualAwards).toEqual(titlesFor("collective", "award").map((t) => t.code));
    expect(individualAwards[0]).toBe("GIAY_KHEN_DON_VI");
    expect(individualAwards.at(-1)).toBe("BANG_KHEN_THU_TUONG");
  });

  it("builds Fluent label keys", () => {
    expect(titleLabelKey("CSTD_TOAN_QUOC")).toBe("title-cstd-toan-quoc");
    expect(titleLabelKey("LDTT")).toBe("title-ldtt");
    for (const t of ALL_TITLES) expect(titleLabelKey(t.code)).toMatch(/^title-[a-z]+(-[a-z]+)*$/);
  });
});
