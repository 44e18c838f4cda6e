import {fetchAndDraw} from "./code.js";

const data = "data/broken-data.json";

export default {
  title: "Data errors in lenient mode",
  group: "Data quality",
  description:
    "A data set with a mistake in almost every item: impossible and ambiguous dates, a date in words, EDTF level 2, a javascript: link, " +
    "an unknown lane and more. What is valid is drawn; every problem is reported with its JSON path, listed beside the chart.",
  data,
  options: {width: 600},
  code: fetchAndDraw(data, {
    after: [
      "",
      "// Or pass onWarning: (warning) => … in the options, to hear them as they happen.",
      "for (const {path, message} of handle.warnings()) {",
      "  const item = document.createElement(\"li\");",
      "  item.textContent = `${path}: ${message}`;",
      "  document.getElementById(\"warnings\").append(item);",
      "}"
    ]
  })
};
