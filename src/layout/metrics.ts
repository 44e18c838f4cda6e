import type {FontSpec} from "./measureText.js";

/** Sizes and spacing of the layout, in CSS pixels. */
export interface LayoutMetrics {
  padding: number;
  labelFont: FontSpec;
  laneTitleFont: FontSpec;
  tickFont: FontSpec;
  noteFont: FontSpec;
  /** Height of a sub-row of events. */
  rowHeight: number;
  /** Sub-rows a lane may use before the rest of its events fold into clusters. */
  maxRows: number;
  laneTitleHeight: number;
  laneGap: number;
  /** Height of a row of era titles and marker labels. */
  headerRowHeight: number;
  axisHeight: number;
  pointRadius: number;
  barHeight: number;
  /** Horizontal gap kept between items in one row, and between a mark and its label. */
  gap: number;
  labelMaxWidth: number;
  noteMaxWidth: number;
  noteLineHeight: number;
  notePadding: number;
}

export const defaultMetrics: LayoutMetrics = {
  padding: 16,
  labelFont: {size: 12},
  laneTitleFont: {size: 12, weight: 700},
  tickFont: {size: 11},
  noteFont: {size: 12},
  rowHeight: 22,
  maxRows: 8,
  laneTitleHeight: 22,
  laneGap: 10,
  headerRowHeight: 18,
  axisHeight: 30,
  pointRadius: 5,
  barHeight: 10,
  gap: 6,
  labelMaxWidth: 260,
  noteMaxWidth: 220,
  noteLineHeight: 15,
  notePadding: 6
};
