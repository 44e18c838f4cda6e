import type {TimelineInput} from "../../src/index.js";

/** A seeded generator of numbers in [0, 1). */
export declare function seededRandom(seed: number): () => number;

/** Seeded news events in four lanes over `years` years from 1 January of `from`. */
export declare function generateNews(options?: {count?: number; seed?: number; from?: number; years?: number}): TimelineInput;
