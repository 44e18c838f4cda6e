import {fetchAndDraw} from "./code.js";

const data = "data/diplomacy-2023-zh.json";

export default {
  title: "Chinese: locale \"zh\", Beijing time",
  group: "Locales and time zones",
  description:
    "CJK titles (Noto Sans CJK where Liberation Sans has no glyphs) and locale: \"zh\" dates: \"3月\" on the axis, \"2023年10月17日\" in the " +
    "accessible names; the time zone is Asia/Shanghai.",
  data,
  options: {width: 900, locale: "zh", timeZone: "Asia/Shanghai"},
  code: fetchAndDraw(data)
};
