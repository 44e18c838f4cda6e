// Compares the built-in width table with what Chromium really draws: canvas measureText
// in the font stack renderToSVG names, on 200 seeded titles per script. The table runs
// here in Node; the page only measures.
import type {Browser, Page} from "playwright-core";
import {afterAll, beforeAll, describe, expect, it} from "vitest";
import {measureTextWithTable} from "../../src/layout/measureText.js";
import {chromiumPath, launchChromium} from "../support/chromium.js";
import {seededRandom} from "../support/random.mjs";

const FONT_FAMILY = "'Liberation Sans', Arial, Helvetica, sans-serif";
const FONT_SIZE = 12;
const STRINGS_PER_SCRIPT = 200;
const MAX_MEAN_ERROR = 0.1;

interface Script {
  name: string;
  /** A letter whose glyph must exist in some installed font for the comparison to mean anything. */
  probe: string;
  words: readonly string[];
  joiner: string;
}

const scripts: readonly Script[] = [
  {
    name: "Latin",
    probe: "a",
    joiner: " ",
    words: split(`Battle of the Treaty Kingdom Revolution Empire founding University Reformation
      Council Expedition Congress Vienna Paris Berlin Madrid Constantinople signed Declaration
      Independence first flight railway opens Great Exhibition London Olympic Games Moon landing
      Apollo Peace Westphalia Union Republic proclaimed crowned Charlemagne Emperor plague Black
      Death reaches Europe Gutenberg prints Bible Königsberg Zürich Révolution française Guerra
      Civil España Łódź and in new era begins Magna Carta Hastings Waterloo Armistice Suez Canal`)
  },
  {
    name: "Cyrillic",
    probe: "Ж",
    joiner: " ",
    words: split(`Основание Москвы Крещение Руси Отечественная война года Октябрьская революция
      полёт Гагарина в космос первый спутник Земли битва при Бородине Санкт-Петербург основан
      Петром Великим отмена крепостного права реформа Киев Новгород Ледовое побоище Смутное
      время начало конец империи союз договор мир и на съезд университет открытие железной дороги`)
  },
  {
    name: "Greek",
    probe: "Ω",
    joiner: " ",
    words: split(`Μάχη του Μαραθώνα των Θερμοπυλών Σαλαμίνας ίδρυση Αθήνας Ολυμπιακοί Αγώνες
      Επανάσταση ανεξαρτησία Ελλάδας Βυζαντινή Αυτοκρατορία άλωση Κωνσταντινούπολης Μέγας
      Αλέξανδρος Περικλής Παρθενώνας Σύνταγμα δημοκρατία πόλεμος ειρήνη συνθήκη και η το στην
      πρώτη νέα εποχή Σπάρτη Θήβα Μακεδονία Κρήτη Ρόδος βασιλεία εκστρατεία`)
  },
  {
    name: "CJK",
    probe: "中",
    joiner: "",
    words: split(`中华人民共和国 成立 北京 上海 奥运会 开幕 长城 建造 秦始皇 统一 六国 唐朝 宋朝 明朝
      清朝 灭亡 辛亥革命 五四运动 改革开放 第一次 世界大战 结束 和平 条约 签订 历史 文化 发展
      科学 技术 大学 建立 、 。 「 」 東京 大阪 明治維新 江戸時代 の 開始 東京オリンピック
      さくら まつり ひらがな カタカナ を に が 平安京 遷都 鎌倉幕府`)
  },
  {
    name: "Arabic",
    probe: "ب",
    joiner: " ",
    words: split(`تأسيس مدينة بغداد القاهرة دمشق الدولة العباسية الأموية معركة حطين فتح الأندلس سقوط
      غرناطة الثورة العربية الكبرى استقلال مصر المغرب جامعة الأزهر بيت الحكمة الخلافة العثمانية
      اتفاقية السلام الحرب العالمية الأولى الثانية في من إلى عام بداية نهاية عصر النهضة قناة
      السويس افتتاح`)
  },
  {
    name: "Hebrew",
    probe: "ש",
    joiner: " ",
    words: split(`הקמת מדינת ישראל חורבן בית המקדש השני הראשון מלחמת העצמאות ששת הימים יום הכיפורים
      ירושלים תל אביב חיפה העלייה הקונגרס הציוני בבזל הכרזת בלפור האוניברסיטה העברית נוסדה
      שלום הסכם עם מצרים ירדן של על את תחילת סוף תקופת המנדט הבריטי גלות בבל`)
  }
];

function split(words: string): string[] {
  return words.split(/\s+/).filter((word) => word !== "");
}

/** A title of 10 to 60 characters from the script's words, sometimes with a year, as timelines label events. */
function randomTitle({words, joiner}: Script, random: () => number): string {
  const pick = () => words[Math.floor(random() * words.length)]!;
  for (;;) {
    const targetLength = 10 + Math.floor(random() * 51);
    let title = pick();
    while (title.length < targetLength) {
      const longer = title + joiner + pick();
      if (longer.length > 60) break;
      title = longer;
    }
    const year = String(1000 + Math.floor(random() * 1025));
    if (random() < 0.3 && title.length + year.length + 3 <= 60) title = `${title} (${year})`;
    if (title.length >= 10) return title;
  }
}

/** Widths in the page, measured with canvas measureText in `font`. */
function measureInPage(page: Page, strings: readonly string[], font: string): Promise<number[]> {
  return page.evaluate(
    ({strings, font}) => {
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = font;
      return strings.map((text) => context.measureText(text).width);
    },
    {strings, font}
  );
}

(chromiumPath ? describe : describe.skip)("measureTextWithTable against Chromium canvas measureText", () => {
  let browser: Browser;
  let page: Page;
  // Every missing glyph is drawn as the same box ("tofu"); an unassigned code point shows its width.
  let tofuWidth: number;

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent(`<!doctype html><link rel="icon" href="data:,">`);
    tofuWidth = (await measureInPage(page, ["\u0378"], `100px ${FONT_FAMILY}`))[0]!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  scripts.forEach((script, index) => {
    it(`measureTextWithTable is within ${MAX_MEAN_ERROR * 100}% of Chromium on average for ${script.name} titles`, async (context) => {
      const [probeWidth] = await measureInPage(page, [script.probe], `100px ${FONT_FAMILY}`);
      if (probeWidth === tofuWidth) {
        console.warn(
          `\n*** SKIPPED ${script.name}: no installed font has "${script.probe}", so Chromium draws boxes and\n` +
            `*** there is nothing real to compare with. Install a font for it (e.g. fonts-noto-cjk).\n`
        );
        context.skip();
      }

      const random = seededRandom(0x5eed + index);
      const strings = Array.from({length: STRINGS_PER_SCRIPT}, () => randomTitle(script, random));
      const browserWidths = await measureInPage(page, strings, `${FONT_SIZE}px ${FONT_FAMILY}`);
      // Signed: negative means the table is narrower than the browser, the side that risks overlaps.
      const errors = strings.map((text, i) => {
        const expected = browserWidths[i]!;
        return {text, error: (measureTextWithTable(text, {size: FONT_SIZE}) - expected) / expected};
      });
      const mean = errors.reduce((sum, {error}) => sum + Math.abs(error), 0) / errors.length;
      const bias = errors.reduce((sum, {error}) => sum + error, 0) / errors.length;
      const worst = errors.reduce((a, b) => (Math.abs(b.error) > Math.abs(a.error) ? b : a));
      const percent = (fraction: number) => `${(fraction * 100).toFixed(2)}%`;
      console.log(
        `${script.name.padEnd(8)} mean error ${percent(mean)}, worst ${percent(worst.error)} ` +
          `(${JSON.stringify(worst.text)}), bias ${percent(bias)} over ${strings.length} titles`
      );
      expect(mean).toBeLessThan(MAX_MEAN_ERROR);
    });
  });
});
