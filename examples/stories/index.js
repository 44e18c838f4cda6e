// Every story of the gallery, in sidebar order. A story is a module in this
// folder whose default export is {title, group, description, data, options,
// code}; adding one is adding its file and its name here. The golden SVG tests
// draw the same stories (tests/support/scenarios.ts), so every example is a test.

export const storyNames = [
  "state-visit",
  "month-precision",
  "open-ended",
  "bce",
  "ancient-world",
  "deep-time",
  "lanes-relations",
  "annotations",
  "eras-markers",
  "dense-news",
  "hundred-thousand",
  "dark-theme",
  "vertical",
  "locale-ru",
  "locale-zh",
  "locale-ar",
  "time-zone-utc",
  "time-zone-shanghai",
  "time-zone-moscow",
  "lenient-errors"
];

/** The stories, each with its name (the file's, and the gallery's #story=…). */
export async function loadStories() {
  // The names are resolved at run time, in the browser and in Node alike; the
  // comment keeps Vite (the tests' runner) from trying to bundle the folder.
  return Promise.all(storyNames.map(async (name) => ({name, ...(await import(/* @vite-ignore */ `./${name}.js`)).default})));
}
