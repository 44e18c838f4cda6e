import {describe, expect, it} from "vitest";
import {canvasMeasureText, measureTextWithTable, type TextMeasuringContext} from "../../src/layout/measureText.js";

const regular = {size: 12};
const bold = {size: 12, weight: 700};

// Measured once in Chromium 156 (Debian 12, fonts-liberation 1.07) on an about:blank page:
// `context.font = "12px Liberation Sans"` (or "bold 12px Liberation Sans"), then
// `context.measureText(text).width`. Chromium applies kerning, the table does not, so these
// check the table against real rendering rather than against itself.
const chromiumWidths: ReadonlyArray<readonly [text: string, regular: number, bold: number]> = [
  ["Battle of Hastings", 94.048828125, 102.01171875],
  ["Apollo 11 Moon landing", 125.42578125, 135.322265625],
  ["The Renaissance begins in Florence", 194.77734375, 207.3984375],
  ["1914–1918: World War I", 129.404296875, 133.39453125],
  ["Révolution française", 108.7265625, 118.03125],
  ["Treaty of Westphalia (1648)", 147.404296875, 154.5],
  ["Октябрьская революция", 136.60546875, 147.908203125],
  ["Περικλής", 47.96484375, 52.0546875]
];

const relativeError = (actual: number, expected: number) => Math.abs(actual - expected) / expected;

describe("measureTextWithTable", () => {
  it("measureTextWithTable(text, font) is positive for visible text", () => {
    for (const text of ["a", "Hello", "Ωμέγα", "Привет", "—", "中", "שלום", "سلام"]) {
      expect(measureTextWithTable(text, regular)).toBeGreaterThan(0);
    }
  });

  it("measureTextWithTable(\"\", font) is 0", () => {
    expect(measureTextWithTable("", regular)).toBe(0);
    expect(measureTextWithTable("", bold)).toBe(0);
  });

  it("measureTextWithTable(text, font) adds up over Latin strings", () => {
    const left = "Treaty of ";
    const right = "Westphalia, 1648 — Münster & Osnabrück";
    for (const font of [regular, bold]) {
      const whole = measureTextWithTable(left + right, font);
      expect(whole).toBeCloseTo(measureTextWithTable(left, font) + measureTextWithTable(right, font), 9);
      const perCharacter = [...(left + right)].reduce((sum, c) => sum + measureTextWithTable(c, font), 0);
      expect(whole).toBeCloseTo(perCharacter, 9);
    }
  });

  it("measureTextWithTable(text, font) scales with font.size", () => {
    expect(measureTextWithTable("Timeline", {size: 24})).toBeCloseTo(2 * measureTextWithTable("Timeline", {size: 12}), 9);
  });

  it("measureTextWithTable(text, {weight: 700}) is at least the regular width", () => {
    const samples = ["Battle of Hastings", "iiii", "WWW", "0123456789", "Ärger über Öl", "Σπάρτη", "Москва", "—…•"];
    for (const text of samples) {
      expect(measureTextWithTable(text, bold)).toBeGreaterThanOrEqual(measureTextWithTable(text, regular));
    }
  });

  it("measureTextWithTable(text, font) uses the bold face from weight 600", () => {
    expect(measureTextWithTable("Battle", {size: 12, weight: 600})).toBe(measureTextWithTable("Battle", bold));
    expect(measureTextWithTable("Battle", {size: 12, weight: 500})).toBe(measureTextWithTable("Battle", regular));
  });

  it("measureTextWithTable(text, font) gives CJK, kana, hangul and fullwidth glyphs 1 em each", () => {
    expect(measureTextWithTable("中华人民共和国", regular)).toBe(7 * 12);
    expect(measureTextWithTable("ひらがなカタカナ", regular)).toBe(8 * 12);
    expect(measureTextWithTable("한국어", bold)).toBe(3 * 12);
    expect(measureTextWithTable("ＡＢＣ", regular)).toBe(3 * 12);
    expect(measureTextWithTable("𠀀", regular)).toBe(12);
  });

  it("measureTextWithTable(text, font) gives combining marks and invisible characters no width", () => {
    expect(measureTextWithTable("e\u0301", regular)).toBe(measureTextWithTable("e", regular));
    expect(measureTextWithTable("\u200b\u00ad\ufeff\u2060", regular)).toBe(0);
    expect(measureTextWithTable("שָׁלוֹם", regular)).toBe(measureTextWithTable("שלום", regular));
  });

  it("measureTextWithTable(text, font) is deterministic", () => {
    const text = "Congress of Vienna · Конгресс · Συνέδριο · 会议 · مؤتمر · קונגרס";
    const first = measureTextWithTable(text, regular);
    for (let i = 0; i < 3; i++) expect(measureTextWithTable(text, regular)).toBe(first);
    // Pins the generated table: regenerating it from another font file changes this.
    expect(first).toBe(343.62);
  });

  it("measureTextWithTable(text, font) rejects a font size that is not a finite non-negative number", () => {
    expect(() => measureTextWithTable("a", {size: Number.NaN})).toThrow("invalid font size: NaN");
    expect(() => measureTextWithTable("a", {size: -1})).toThrow("invalid font size: -1");
  });

  for (const [text, regularWidth, boldWidth] of chromiumWidths) {
    it(`measureTextWithTable(${JSON.stringify(text)}, font) is within 2% of Chromium`, () => {
      expect(relativeError(measureTextWithTable(text, regular), regularWidth)).toBeLessThan(0.02);
      expect(relativeError(measureTextWithTable(text, bold), boldWidth)).toBeLessThan(0.02);
    });
  }
});

describe("canvasMeasureText", () => {
  function recordingContext() {
    const calls: string[] = [];
    const context: TextMeasuringContext = {
      font: "10px sans-serif",
      measureText(text: string) {
        calls.push(`${this.font}|${text}`);
        return {width: text.length * (this.font.startsWith("700") ? 7 : 6)} as TextMetrics;
      }
    };
    return {context, calls};
  }

  it("canvasMeasureText(context, family) sets the CSS font before measuring", () => {
    const {context, calls} = recordingContext();
    const measure = canvasMeasureText(context, "'Liberation Sans', Arial, sans-serif");
    expect(measure("abc", {size: 12})).toBe(18);
    expect(measure("abc", {size: 12, weight: 700})).toBe(21);
    expect(calls).toEqual(["400 12px 'Liberation Sans', Arial, sans-serif|abc", "700 12px 'Liberation Sans', Arial, sans-serif|abc"]);
  });

  it("canvasMeasureText(context, family) measures each (font, text) once", () => {
    const {context, calls} = recordingContext();
    const measure = canvasMeasureText(context, "sans-serif");
    for (let i = 0; i < 3; i++) {
      measure("abc", {size: 12});
      measure("abcd", {size: 12});
      measure("abc", {size: 14});
    }
    expect(calls).toHaveLength(3);
  });

  it("canvasMeasureText(context, family) resets the font after someone else changed it", () => {
    const {context, calls} = recordingContext();
    const measure = canvasMeasureText(context, "sans-serif");
    measure("a", {size: 12});
    context.font = "30px serif";
    measure("b", {size: 12});
    expect(calls).toEqual(["400 12px sans-serif|a", "400 12px sans-serif|b"]);
  });

  it("canvasMeasureText(context, family) sets the font only when it differs (parsing it is a third of a measurement)", () => {
    let sets = 0;
    let font = "10px sans-serif";
    const context: TextMeasuringContext = {
      get font() {
        // Spelled back the way canvases do: normalised, not as given.
        return font.replace(/^400 /, "");
      },
      set font(value: string) {
        sets++;
        font = value;
      },
      measureText: (text: string) => ({width: text.length}) as TextMetrics
    };
    const measure = canvasMeasureText(context, "sans-serif");
    for (let i = 0; i < 100; i++) measure(`title ${i}`, {size: 12});
    expect(sets).toBe(1);
    measure("bold", {size: 12, weight: 700});
    measure("regular again", {size: 12});
    expect(sets).toBe(3);
  });
});
