import {fetchAndDraw} from "./code.js";

const data = "data/diplomacy-2023-ar.json";

export default {
  title: "Arabic: locale \"ar\"",
  group: "Locales and time zones",
  description:
    "Right-to-left titles inside a left-to-right timeline, and locale: \"ar\" month names on the axis (\"مارس\", \"أبريل\"); " +
    "the digits follow the browser's Intl data for ar.",
  data,
  options: {width: 900, locale: "ar"},
  code: fetchAndDraw(data)
};
