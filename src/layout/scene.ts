/**
 * The Scene: everything the renderers draw, as plain data with coordinates in
 * CSS pixels on the screen, whichever way time runs. Layout decides every
 * position; renderers only draw.
 */

/** Which way time runs: left to right, or top to bottom (narrow screens). */
export type Orientation = "horizontal" | "vertical";

export type Point = [number, number];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SceneLabel {
  text: string;
  /** Anchor point: `x` per `anchor`, `y` the baseline. */
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  /** The space the text takes, for collision checks and tests. */
  box: Box;
  /** Font size in px and weight the text was measured with. */
  size: number;
  weight: number;
  /** The label sits on its mark: no halo, and on a solid mark the contrasting colour. */
  onMark?: boolean;
  inverse?: boolean;
}

export type MarkKind = "point" | "span";

export interface SceneEvent {
  id: string;
  laneId: string;
  kind: MarkKind;
  /** The mark: a dot's bounding square, or a bar along the time axis. */
  mark: Box;
  /** Where leaders, connectors and relation arrows meet the mark: a dot's centre, or just inside a bar's start. */
  anchor: Point;
  /** Imprecise (month or coarser, approximate or uncertain): drawn as a soft band. */
  soft: boolean;
  /** Uncertain ("2023?"): the soft band gets a dashed outline too. */
  uncertain: boolean;
  /** Ends that continue beyond what is known or shown: drawn as chevrons along the time axis. */
  openStart: boolean;
  openEnd: boolean;
  /** The sub-row of the lane the mark is in. */
  row: number;
  /** A colour from the data; otherwise `series` picks one from the theme's palette. */
  color?: string;
  series: number;
  label: SceneLabel;
  /** Joins the mark to a label placed in the row above or below. */
  leader: Point[] | null;
  /** The whole title; the label may show it shortened. */
  title: string;
  /** The accessible name: date label, duration, title. */
  name: string;
  dateLabel: string;
}

/** Events folded together for want of room: a "+12" badge at their place in time. */
export interface SceneCluster {
  /** Stable while the cluster holds the same first and last events. */
  id: string;
  laneId: string;
  /** Centre of the badge; the mean position of its events, kept inside the plot. */
  x: number;
  y: number;
  box: Box;
  label: SceneLabel;
  /** The events it stands for, left to right by their middle. */
  ids: string[];
  /** Where each of them is along the time axis (same order as `ids`), for finding one under the pointer. */
  positions: number[];
  /** The time extent of its events, for zooming into it. */
  start: number;
  end: number;
  name: string;
  series: number;
}

/**
 * A density strip: the events of a lane that folded into clusters, counted per
 * pixel column along the time axis and drawn as one shape, so a crowded view
 * still shows where its events are without a node per event.
 */
export interface SceneDensity {
  laneId: string;
  series: number;
  /** The strip's band; columns grow up from its bottom edge. */
  box: Box;
  /** Pixel columns holding events, left to right, with how many each holds. */
  columns: {x: number; count: number}[];
}

export interface SceneLane {
  id: string;
  index: number;
  title: SceneLabel | null;
  /** The lane's band: a row across the plot, or a column down it. */
  box: Box;
}

export interface SceneEra {
  id: string;
  /** The shaded band, across all lanes. */
  box: Box;
  openStart: boolean;
  openEnd: boolean;
  color?: string;
  label: SceneLabel | null;
  name: string;
}

export interface SceneMarker {
  id: string;
  /** The rule across the lanes. */
  line: [Point, Point];
  label: SceneLabel;
  name: string;
}

export interface SceneAnnotation {
  id: string;
  /** The note, wrapped. */
  lines: SceneLabel[];
  box: Box;
  /** Connector from the note box to its anchor, as a polyline. */
  connector: Point[];
  name: string;
}

export interface SceneRelation {
  id: string;
  from: string;
  to: string;
  type: string;
  /** SVG path data of the curve. */
  path: string;
  /** Arrowhead triangle at the target. */
  arrow: Point[];
  name: string;
}

export interface SceneTick {
  /** Position along the time axis: x when time runs across, y when it runs down. */
  at: number;
  /** `null` when the label would collide with a neighbour's. */
  label: SceneLabel | null;
  major: boolean;
}

export interface Scene {
  orientation: Orientation;
  width: number;
  height: number;
  /** The area where time is drawn. */
  plot: Box;
  domain: [number, number];
  /**
   * The time axis: its line, and ticks whose grid lines cross the plot. Tick
   * marks point away from the plot: up when time runs across, left when down.
   */
  axis: {line: [Point, Point]; ticks: SceneTick[]};
  lanes: SceneLane[];
  eras: SceneEra[];
  markers: SceneMarker[];
  events: SceneEvent[];
  clusters: SceneCluster[];
  /** Density strips under the clusters; empty where nothing folded. */
  density: SceneDensity[];
  annotations: SceneAnnotation[];
  relations: SceneRelation[];
  /** The accessible name of the whole timeline. */
  name: string;
  /** Shown when there is nothing to draw. */
  emptyMessage: SceneLabel | null;
}
