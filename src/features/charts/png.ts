import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { FONT } from "./svg.js";

/**
 * SVG to PNG with resvg (prebuilt binaries inside the npm package, no browser, no compiler). The
 * font is Be Vietnam Pro (SIL Open Font License, shipped in @expo-google-fonts/be-vietnam-pro),
 * which has every Vietnamese letter; system fonts are not read, so the picture is the same on
 * every machine.
 */
const fontDir = path.dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/be-vietnam-pro"));
export const FONT_FILES = [
  path.join(fontDir, "400Regular", "BeVietnamPro_400Regular.ttf"),
  path.join(fontDir, "700Bold", "BeVietnamPro_700Bold.ttf"),
];

export function svgToPng(svg: string): Uint8Array {
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT }, background: "#ffffff" });
  return resvg.render().asPng();
}

/** The rendered pixels too (RGBA), for checking that text was drawn. */
export function svgToPixels(svg: string): { width: number; height: number; pixels: Uint8Array } {
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: FONT }, background: "#ffffff" });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: new Uint8Array(image.pixels) };
}
