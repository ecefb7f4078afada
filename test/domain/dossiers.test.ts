import { describe, expect, it } from "vitest";
import { asciiName, dossierFileNames, dossierState, dossierTitles, sendBlocker } from "../../src/domain/dossiers.js";

describe("dossier rules", () => {
  it("names files the way a province files them, without diacritics, duplicates numbered", () => {
    expect(asciiName("Nguyễn Thị Ánh")).toBe("NguyenThiAnh");
    expect(asciiName("Đặng Văn Dũng")).toBe("DangVanDung");
    expect(dossierFileNames("THPT01", "2026-2027", [{ name: "Lê Văn An" }, { name: "Lê Văn Ân" }])).toEqual({
      folder: "HoSo_THPT01_2026-2027",
      proposal: "HoSo_THPT01_2026-2027/01_ToTrinh.docx",
      minutes: "HoSo_THPT01_2026-2027/02_BienBan.docx",
      reports: ["HoSo_THPT01_2026-2027/03_BaoCaoThanhTich_LeVanAn.docx", "HoSo_THPT01_2026-2027/03_BaoCaoThanhTich_LeVanAn_2.docx"],
    });
  });

  it("a unit sends only when every report is approved; its state comes from its row and its reports", () => {
    expect(sendBlocker([])).toEqual({ key: "dossier-send-nothing", count: 0 });
    expect(sendBlocker([{ status: "approved" }, { status: "submitted" }, { status: null }])).toEqual({
      key: "dossier-send-unapproved",
      count: 2,
    });
    expect(sendBlocker([{ status: "approved" }])).toBeNull();
    expect(dossierState(null, 0)).toBe("not_started");
    expect(dossierState(null, 1)).toBe("in_progress");
    expect(dossierState({ status: "returned" }, 1)).toBe("returned");
  });

  it("CSTĐ at every level, Bằng khen and Cờ thi đua need a dossier; a province adds its own titles", () => {
    const base = dossierTitles({});
    expect(["CSTDCS", "CSTD_TINH", "BANG_KHEN_UBND_TINH", "CO_THI_DUA_TINH"].every((c) => base.has(c))).toBe(true);
    expect(base.has("LDTT")).toBe(false);
    expect(dossierTitles({ dossierTitles: ["TTLDXS", 3] }).has("TTLDXS")).toBe(true);
  });
});
