// Seeded news events for the dense stories, in the browser and in the tests
// alike: the same count and seed give the same events everywhere, so a dense
// story has a golden file like any other.

/** Mulberry32: small, fast and good enough to scatter events; the seed makes it repeatable. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

const SUBJECTS = ["Talks", "Summit", "Strike", "Vote", "Protest", "Deal", "Visit", "Forum", "Sanctions", "Ceasefire", "Launch", "Report"];
const PLACES = ["in Geneva", "in Beijing", "in Moscow", "in Delhi", "in Nairobi", "in Brasília", "at the UN", "in Jakarta", "in Ankara", "in Paris"];
const LANES = ["politics", "economy", "security", "diplomacy"];
const DAY = 86_400_000;

const pad = (n) => String(n).padStart(2, "0");

/** "2023-03-17" for a day counted from 1 January of `year`, in UTC. */
function isoDay(year, dayOfYear) {
  const date = new Date(Date.UTC(year, 0, 1) + dayOfYear * DAY);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * News in four lanes over `years` years from 1 January of `from`: mostly single
 * days, about one event in seven a span of up to two months, importance 1–5.
 * The draws happen in a fixed order, so changing this function changes every
 * dense golden file.
 */
export function generateNews({count = 500, seed = 2023, from = 2023, years = 1} = {}) {
  const random = seededRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const days = 365 * years;
  const events = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * days);
    const event = {
      id: `d${i}`,
      title: `${pick(SUBJECTS)} ${pick(PLACES)}${random() < 0.3 ? ` on ${pick(SUBJECTS).toLowerCase()}` : ""}`,
      start: isoDay(from, day),
      lane: pick(LANES),
      importance: 1 + Math.floor(random() * 5)
    };
    if (random() < 0.15) event.end = isoDay(from, Math.min(days - 1, day + 1 + Math.floor(random() * 60)));
    events.push(event);
  }
  return {
    title: years === 1 ? `A dense news year, ${from}` : `${count.toLocaleString("en")} news events, ${from}–${from + years - 1}`,
    lanes: LANES.map((id) => ({id, title: id[0].toUpperCase() + id.slice(1)})),
    events
  };
}
