/**
 * The Scene: everything the renderers draw, as plain data with coordinates in
 * CSS pixels. Layout decides every position; renderers only draw.
 */

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
  /** Left and right edge of the mark; equal to `x` ± radius for points. */
  x0: number;
  x1: number;
  /** Centre line of the mark. */
  y: number;
  /** Imprecise (month or coarser, approximate or uncertain): drawn as a soft band. */
  soft: boolean;
  /** Uncertain ("2023?"): the soft band gets a dashed outline too. */
  uncertain: boolean;
  /** Edges that continue beyond what is known: drawn fading out. */
  openStart: boolean;
  openEnd: boolean;
  /** The sub-row of the lane the mark is in. */
  row: number;
  /** A colour from the data; otherwise `series` picks one from the theme's palette. */
  color?: string;
  series: number;
  label: SceneLabel;
  /** Joins the mark to a label placed in the row above or below. */
  leader: [number, number][] | null;
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
  /** The events it stands for, in time order. */
  ids: string[];
  /** The time extent of its events, for zooming into it. */
  start: number;
  end: number;
  name: string;
  series: number;
}

export interface SceneLane {
  id: string;
  index: number;
  title: SceneLabel | null;
  y: number;
  height: number;
}

export interface SceneEra {
  id: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  openStart: boolean;
  openEnd: boolean;
  color?: string;
  label: SceneLabel | null;
  name: string;
}

export interface SceneMarker {
  id: string;
  x: number;
  y0: number;
  y1: number;
  label: SceneLabel;
  name: string;
}

export interface SceneAnnotation {
  id: string;
  /** The note, wrapped. */
  lines: SceneLabel[];
  box: Box;
  /** Connector from the note box to its anchor, as a polyline. */
  connector: [number, number][];
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
  arrow: [number, number][];
  name: string;
}

export interface SceneTick {
  x: number;
  /** `null` when the label would collide with a neighbour's. */
  label: SceneLabel | null;
  major: boolean;
}

export interface Scene {
  width: number;
  height: number;
  /** The area where time is drawn. */
  plot: Box;
  domain: [number, number];
  axis: {y: number; ticks: SceneTick[]};
  lanes: SceneLane[];
  eras: SceneEra[];
  markers: SceneMarker[];
  events: SceneEvent[];
  clusters: SceneCluster[];
  annotations: SceneAnnotation[];
  relations: SceneRelation[];
  /** The accessible name of the whole timeline. */
  name: string;
  /** Shown when there is nothing to draw. */
  emptyMessage: SceneLabel | null;
}
