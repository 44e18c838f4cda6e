import {seededRandom} from "../support/random.mjs";

// Seeded synthetic news events: 70% points and 30% spans from a day to two years,
// 12 lanes, titles of 10–60 characters, over 20 years.
const WORDS = ("summit talks treaty visit election strike protest forum pipeline sanctions warrant " +
  "ceasefire offensive agreement meeting launch crisis vote reform decree minister president trade").split(" ");

const pad = (n) => String(n).padStart(2, "0");
const isoDay = (ms) => {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
};

export function generateEvents(count, seed) {
  const next = seededRandom(seed);
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
