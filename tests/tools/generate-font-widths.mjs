#!/usr/bin/env node
// Writes src/layout/fontWidths.ts: Liberation Sans advance widths (1/1000 em) for the
// code point ranges the layout measures from a table, read straight from the TTF files
// with a small hand-written reader (cmap format 4, hmtx, hhea, head).
//
//   node tests/tools/generate-font-widths.mjs                    write the table
//   node tests/tools/generate-font-widths.mjs --measure-fallback print Chromium's Arabic and
//                                                                Hebrew averages (see below)
//
// The output depends only on the font files and the constants here, so running it twice
// gives the same bytes. LIBERATION_DIR overrides the font folder.

import {createHash} from "node:crypto";
import {readFileSync, writeFileSync} from "node:fs";
import {basename, dirname, join} from "node:path";
import {fileURLToPath} from "node:url";

const fontDir = process.env.LIBERATION_DIR ?? "/usr/share/fonts/truetype/liberation";
const fontFiles = {regular: "LiberationSans-Regular.ttf", bold: "LiberationSans-Bold.ttf"};
const outputPath = join(dirname(fileURLToPath(import.meta.url)), "../../src/layout/fontWidths.ts");

/** Inclusive code point ranges tabulated per code point; everything else follows rules in measureText.ts. */
const tabulatedRanges = [
  [0x0000, 0x017f], // Basic Latin, Latin-1 Supplement, Latin Extended-A
  [0x0370, 0x04ff], // Greek and Coptic, Cyrillic
  [0x2000, 0x206f] // General Punctuation
];

// Chromium draws these with no width (default-ignorable or combining), whatever glyph the
// font maps them to: soft hyphen, zero-width and bidi controls, invisible operators, and
// the Cyrillic combining marks.
const zeroWidthRanges = [
  [0x00ad, 0x00ad],
  [0x0483, 0x0489],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x206f]
];
// Canvas and SVG text turn ASCII whitespace into spaces before shaping.
const drawnAsSpace = [0x09, 0x0a, 0x0b, 0x0c, 0x0d];

// Liberation Sans has no Arabic or Hebrew, so Chromium on Debian draws them with its
// fallback font (fontconfig's sans-serif for those languages: DejaVu Sans / DejaVu Sans
// Bold). Shaping (joining forms, lam-alef) makes a per-letter table wrong anyway, so the
// layout uses one average advance per script: the width of the calibration texts
// below, word by word, drawn by Chromium 156 with canvas measureText in
// "100px 'Liberation Sans'", divided by the number of letters (combining marks excluded).
// Reproduce with --measure-fallback.
const chromiumFallbackAdvances = {
  regular: {arabic: 476, hebrew: 520},
  // Measured, not assumed: Chromium here draws bold Arabic and Hebrew with the same advances.
  bold: {arabic: 476, hebrew: 520}
};
// Article 1 of the Universal Declaration of Human Rights, for ordinary prose, then event
// titles of the kind timelines label, written for this purpose with other words than the
// lists the browser test draws its strings from.
const calibrationText = {
  arabic: [
    "يولد جميع الناس أحرارا متساوين في الكرامة والحقوق وقد وهبوا عقلا وضميرا وعليهم أن يعامل بعضهم بعضا بروح الإخاء",
    "هبوط الإنسان على سطح القمر",
    "سقوط جدار برلين",
    "اندلاع الثورة الفرنسية في باريس",
    "اكتشاف أمريكا على يد كولومبوس",
    "اختراع الطباعة في ألمانيا",
    "بناء الأهرامات في الجيزة",
    "رحلة ابن بطوطة إلى الصين",
    "وفاة صلاح الدين الأيوبي",
    "تأليف كتاب القانون في الطب لابن سينا",
    "انتخابات البرلمان الأولى",
    "زلزال مدمر يضرب المدينة",
    "توقيع معاهدة فرساي",
    "إطلاق أول قمر صناعي",
    "انتهاء الحكم البيزنطي في الشام",
    "ظهور الإسلام في مكة المكرمة"
  ],
  hebrew: [
    "כל בני האדם נולדו בני חורין ושווים בערכם ובזכויותיהם כולם חוננו בתבונה ובמצפון לפיכך חובה עליהם לנהוג איש ברעהו ברוח של אחוה",
    "נחיתת האדם הראשון על הירח",
    "נפילת חומת ברלין",
    "המהפכה הצרפתית פורצת בפריז",
    "גילוי אמריקה על ידי קולומבוס",
    "פתיחת תעלת סואץ לשיט",
    "המצאת הדפוס בגרמניה",
    "חנוכת משכן הכנסת",
    "רעידת אדמה בצפון הארץ",
    "הבחירות הראשונות לכנסת",
    "מותו של המלך שלמה",
    "ייסוד העיר צפת",
    "ועידת ורסאי נפתחת",
    "הסכם השלום נחתם בוושינגטון",
    "מרד בר כוכבא נגד רומא",
    "פרסום ספר היסודות של אוקלידס"
  ]
};

/** The tables of a TrueType file, as {tag: {offset, length}}. */
function readTableDirectory(font) {
  const tables = {};
  const count = font.readUInt16BE(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    tables[font.toString("latin1", record, record + 4)] = {
      offset: font.readUInt32BE(record + 8),
      length: font.readUInt32BE(record + 12)
    };
  }
  for (const tag of ["cmap", "head", "hhea", "hmtx"]) if (!tables[tag]) throw new Error(`missing table: ${tag}`);
  return tables;
}

/** Returns codePoint => glyph id (0 when unmapped) from the Windows Unicode BMP cmap (format 4). */
function readCmapFormat4(font, {offset}) {
  const count = font.readUInt16BE(offset + 2);
  let subtable = -1;
  for (let i = 0; i < count; i++) {
    const record = offset + 4 + i * 8;
    const platform = font.readUInt16BE(record);
    const encoding = font.readUInt16BE(record + 2);
    const start = offset + font.readUInt32BE(record + 4);
    const isUnicodeBmp = (platform === 3 && encoding === 1) || platform === 0;
    if (isUnicodeBmp && font.readUInt16BE(start) === 4) subtable = start;
  }
  if (subtable < 0) throw new Error("invalid font: no cmap format 4 subtable");
  const segments = font.readUInt16BE(subtable + 6) / 2;
  const endCodes = subtable + 14;
  const startCodes = endCodes + segments * 2 + 2;
  const idDeltas = startCodes + segments * 2;
  const idRangeOffsets = idDeltas + segments * 2;
  return (codePoint) => {
    for (let i = 0; i < segments; i++) {
      if (codePoint > font.readUInt16BE(endCodes + i * 2)) continue;
      const first = font.readUInt16BE(startCodes + i * 2);
      if (codePoint < first) return 0;
      const delta = font.readUInt16BE(idDeltas + i * 2);
      const rangeOffset = font.readUInt16BE(idRangeOffsets + i * 2);
      if (rangeOffset === 0) return (codePoint + delta) & 0xffff;
      // idRangeOffset is relative to its own position in the idRangeOffset array.
      const glyph = font.readUInt16BE(idRangeOffsets + i * 2 + rangeOffset + (codePoint - first) * 2);
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** Returns glyph id => advance width in font units. */
function readHorizontalMetrics(font, tables) {
  const longMetrics = font.readUInt16BE(tables.hhea.offset + 34);
  const hmtx = tables.hmtx.offset;
  // Glyphs past numberOfHMetrics share the last long metric's advance (monospaced tails).
  return (glyph) => font.readUInt16BE(hmtx + Math.min(glyph, longMetrics - 1) * 4);
}

function readFont(path) {
  const font = readFileSync(path);
  const tables = readTableDirectory(font);
  const unitsPerEm = font.readUInt16BE(tables.head.offset + 18);
  const glyphOf = readCmapFormat4(font, tables.cmap);
  const advanceOf = readHorizontalMetrics(font, tables);
  return {
    file: basename(path),
    sha256: createHash("sha256").update(font).digest("hex"),
    revision: (font.readInt32BE(tables.head.offset + 4) / 65536).toFixed(5),
    /** Advance in 1/1000 em, or undefined when the font has no glyph for the code point. */
    perMille(codePoint) {
      const glyph = glyphOf(codePoint);
      return glyph === 0 ? undefined : Math.round((advanceOf(glyph) * 1000) / unitsPerEm);
    }
  };
}

const NOT_IN_TABLE = 0xffff;
const DIGITS = 2; // base-36 digits per advance: up to 1295, and 1295 ("zz") marks "not in the table"
const NOT_IN_TABLE_DIGITS = "zz";
const CODE_POINTS_PER_LINE = 32;

const isIn = (ranges, codePoint) => ranges.some(([first, last]) => codePoint >= first && codePoint <= last);

function tabulatedAdvance(font, codePoint) {
  if (isIn(zeroWidthRanges, codePoint)) return 0;
  return font.perMille(drawnAsSpace.includes(codePoint) ? 0x20 : codePoint);
}

function encodeRange(font, [first, last]) {
  const lines = [];
  for (let lineStart = first; lineStart <= last; lineStart += CODE_POINTS_PER_LINE) {
    let digits = "";
    for (let cp = lineStart; cp <= Math.min(last, lineStart + CODE_POINTS_PER_LINE - 1); cp++) {
      const advance = tabulatedAdvance(font, cp);
      if (advance !== undefined && advance >= 36 ** DIGITS - 1) throw new Error(`advance too wide to encode: U+${hex(cp)}`);
      digits += advance === undefined ? NOT_IN_TABLE_DIGITS : advance.toString(36).padStart(DIGITS, "0");
    }
    lines.push(`      "${digits}"`);
  }
  return `    [0x${hex(first)}, ${lines.join(" +\n").trimStart()}]`;
}

function meanLowercaseAdvance(font) {
  let sum = 0;
  for (let cp = 0x61; cp <= 0x7a; cp++) sum += font.perMille(cp);
  return Math.round(sum / 26);
}

const hex = (codePoint) => codePoint.toString(16).toUpperCase().padStart(4, "0");

function encodeTable(name, font, weight) {
  const {arabic, hebrew} = chromiumFallbackAdvances[weight];
  return `/** ${font.file}: weight ${weight === "bold" ? 700 : 400}. */
export const ${name}: FontAdvanceTable = {
  advances: decodeAdvances([
${tabulatedRanges.map((range) => encodeRange(font, range)).join(",\n")}
  ]),
  fallbackAdvance: ${meanLowercaseAdvance(font)},
  arabicAdvance: ${arabic},
  hebrewAdvance: ${hebrew}
};`;
}

function generate() {
  const regular = readFont(join(fontDir, fontFiles.regular));
  const bold = readFont(join(fontDir, fontFiles.bold));
  const source = `// Generated by tests/tools/generate-font-widths.mjs; do not edit by hand.
// Advance widths from the hmtx table of each face, mapped through its cmap (format 4):
//   ${regular.file} revision ${regular.revision} sha256 ${regular.sha256}
//   ${bold.file} revision ${bold.revision} sha256 ${bold.sha256}
// (Liberation Sans is metric-compatible with Arial and Helvetica.)
// Arabic and Hebrew averages were measured in Chromium; see the generator for how.

/** Marks a code point the table does not cover: measureText.ts applies its script rules. */
export const NOT_IN_TABLE = 0x${NOT_IN_TABLE.toString(16)};

/** One font face's widths, all in 1/1000 em. */
export interface FontAdvanceTable {
  /** Advance per code point (index), NOT_IN_TABLE where the face has no glyph or past the end. */
  readonly advances: ArrayLike<number>;
  /** Mean advance of a-z: the width assumed for code points no table or rule covers. */
  readonly fallbackAdvance: number;
  /** Mean advance per Arabic letter as Chromium draws it with the fallback font (DejaVu Sans). */
  readonly arabicAdvance: number;
  /** Mean advance per Hebrew letter as Chromium draws it with the fallback font (DejaVu Sans). */
  readonly hebrewAdvance: number;
}

// Each range is its first code point and ${DIGITS} base-36 digits per code point ("${NOT_IN_TABLE_DIGITS}": not in the face).
function decodeAdvances(ranges: ReadonlyArray<readonly [first: number, digits: string]>): Uint16Array {
  const end = Math.max(...ranges.map(([first, digits]) => first + digits.length / ${DIGITS}));
  const advances = new Uint16Array(end).fill(NOT_IN_TABLE);
  for (const [first, digits] of ranges) {
    for (let i = 0; i < digits.length; i += ${DIGITS}) {
      const advance = parseInt(digits.slice(i, i + ${DIGITS}), 36);
      advances[first + i / ${DIGITS}] = advance === ${36 ** DIGITS - 1} ? NOT_IN_TABLE : advance;
    }
  }
  return advances;
}

${encodeTable("regularAdvances", regular, "regular")}

${encodeTable("boldAdvances", bold, "bold")}
`;
  writeFileSync(outputPath, source);
  console.log(`wrote ${outputPath} (${Buffer.byteLength(source)} bytes)`);
}

/** Prints the per-letter averages for chromiumFallbackAdvances, measured in Chromium here. */
async function measureFallbackAdvances() {
  const {chromium} = await import("playwright-core");
  const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  const browser = await chromium.launch({
    executablePath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync"
    ]
  });
  try {
    const page = await browser.newPage();
    await page.setContent(`<!doctype html><link rel="icon" href="data:,">`);
    const result = {};
    for (const [weight, css] of [["regular", "400"], ["bold", "700"]]) {
      result[weight] = {};
      for (const [script, texts] of Object.entries(calibrationText)) {
        const words = texts.join(" ").split(" ");
        const widths = await page.evaluate(
          ({words, font}) => {
            const context = document.createElement("canvas").getContext("2d");
            context.font = font;
            return words.map((word) => context.measureText(word).width);
          },
          {words, font: `${css} 100px 'Liberation Sans'`}
        );
        const letters = words.join("").replace(/\p{Mn}/gu, "").length;
        result[weight][script] = Math.round((widths.reduce((a, b) => a + b, 0) * 10) / letters);
      }
    }
    console.log(JSON.stringify(result));
  } finally {
    await browser.close();
  }
}

if (process.argv.includes("--measure-fallback")) await measureFallbackAdvances();
else generate();
