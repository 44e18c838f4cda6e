// A dense news year: 500 seeded events in 2023 over four lanes, mostly single
// days, some spans of up to two months, importance 1–5. For clusters and label
// placement under pressure.
import type {EventInput, TimelineInput} from "../../src/index.js";
import {seededRandom} from "./random.mjs";

const SUBJECTS = ["Talks", "Summit", "Strike", "Vote", "Protest", "Deal", "Visit", "Forum", "Sanctions", "Ceasefire", "Launch", "Report"];
const PLACES = ["in Geneva", "in Beijing", "in Moscow", "in Delhi", "in Nairobi", "in Brasília", "at the UN", "in Jakarta", "in Ankara", "in Paris"];
const LANES = ["politics", "economy", "security", "diplomacy"];

export function denseYear(count = 500, seed = 2023): TimelineInput {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const pad = (n: number) => String(n).padStart(2, "0");
  const iso = (dayOfYear: number) => {
    const date = new Date(Date.UTC(2023, 0, 1 + dayOfYear));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  };
  const events: EventInput[] = [];
  for (let i = 0; i < count; i++) {
    const day = Math.floor(random() * 365);
    const event: EventInput = {
      id: `d${i}`,
      title: `${pick(SUBJECTS)} ${pick(PLACES)}${random() < 0.3 ? ` on ${pick(SUBJECTS).toLowerCase()}` : ""}`,
      start: iso(day),
      lane: pick(LANES),
      importance: 1 + Math.floor(random() * 5)
    };
    if (random() < 0.15) event.end = iso(Math.min(364, day + 1 + Math.floor(random() * 60)));
    events.push(event);
  }
  return {title: "A dense news year, 2023", lanes: LANES.map((id) => ({id, title: id[0]!.toUpperCase() + id.slice(1)})), events};
}
