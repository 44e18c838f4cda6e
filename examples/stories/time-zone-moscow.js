import {fetchAndDraw} from "./code.js";

const data = "data/new-year-2024.json";

export default {
  title: "New Year 2024 in Moscow time",
  group: "Locales and time zones",
  description:
    "The same thirteen instants, midnight in thirteen cities, each written as local time with its own zone. " +
    "With timeZone: \"Europe/Moscow\" the axis reads Moscow time, and the marker (a floating \"2024-01-01T00:00\") is midnight there.",
  data,
  options: {width: 900, timeZone: "Europe/Moscow"},
  code: fetchAndDraw(data)
};
