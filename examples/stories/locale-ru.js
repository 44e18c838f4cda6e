import {fetchAndDraw} from "./code.js";

const data = "data/diplomacy-2023-ru.json";

export default {
  title: "Russian: locale \"ru\", Moscow time",
  group: "Locales and time zones",
  description:
    "Titles in Cyrillic, measured for placement like any other text; locale: \"ru\" formats the axis (\"март\", \"апр.\") and every date " +
    "in the accessible names and the details card (\"17–18 окт. 2023 г.\").",
  data,
  options: {width: 900, locale: "ru", timeZone: "Europe/Moscow"},
  code: fetchAndDraw(data)
};
