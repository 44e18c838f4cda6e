// Seeded synthetic news events: 70% points and 30% spans from a day to two years,
// 12 lanes, titles of 10–60 characters, over 20 years.
const WORDS = ("summit talks treaty visit election strike protest forum pipeline sanctions warrant " +
  "ceasefire offensive agreement meeting launch crisis vote reform decree minister president trade").split(" ");

export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, "0");
const isoDay = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export function generateEvents(count, seed) {
  const next = random(seed);
  const start = Date.UTC(2004, 0, 1);
  const day = 86_400_000;
  const events = [];
  for (let i = 0; i < count; i++) {
    let title = "";
    const length = 10 + Math.floor(next() * 51);
    while (title.length < length) title += `${WORDS[Math.floor(next() * WORDS.length)]} `;
    const from = start + Math.floor(next() * 20 * 365) * day;
    const event = {id: `e${i}`, title: title.slice(0, length).trim(), start: isoDay(from), lane: `lane-${Math.floor(next() * 12)}`};
    if (next() < 0.3) event.end = isoDay(from + Math.floor(1 + next() * 730) * day);
    events.push(event);
  }
  return events;
}
