import type {EraInput, EventInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {htmlToText, type HtmlText} from "./htmlToText.js";
import type {LaneList} from "./laneList.js";
import {firstLine, oneLine} from "./plainText.js";
import {SourceList} from "./linkSources.js";
import type {WarningList} from "./warningList.js";

/**
 * A TimelineJS slide, whichever format it came from (TimelineJS 3 JSON, the
 * legacy v2 JSON, a spreadsheet row), with its dates already read and the path
 * of each field in that format, so that warnings point into the source.
 */
export interface Slide {
  path: string;
  start: string | undefined;
  end: string | undefined;
  dateLabel: unknown;
  headline: unknown;
  text: unknown;
  media: SlideMedia | undefined;
  group: unknown;
  /** A slide's background colour; background images are decoration and not kept. */
  color: unknown;
  id: unknown;
  /** Comma-separated tags (TimelineJS v2). */
  tags?: unknown;
  paths: {headline: string; text: string; group: string};
}

export interface SlideMedia {
  url: unknown;
  caption: unknown;
  credit: unknown;
  paths: {url: string; caption: string; credit: string};
}

/**
 * The event of a slide. Headline and text are HTML: they become plain text, and
 * their links become sources, as do the media URL (titled by its caption or
 * credit) and the links in caption and credit. Embedded media (a blockquote, a
 * tweet) adds its text to the description. A slide without a start date or any
 * text to name it by is reported and skipped.
 */
export function slideToEvent(slide: Slide, lanes: LaneList, warnings: WarningList): EventInput | undefined {
  const headline = readHtml(slide.headline, slide.paths.headline, warnings);
  const text = readHtml(slide.text, slide.paths.text, warnings);
  const sources = new SourceList(warnings);
  sources.addHtmlLinks(headline?.links, slide.paths.headline);
  sources.addHtmlLinks(text?.links, slide.paths.text);
  const media = slide.media && readMedia(slide.media, sources, warnings);
  const title = oneLine(headline?.text) || firstLine(text?.text) || oneLine(media?.caption) || firstLine(media?.quote);
  if (slide.start === undefined || !title) {
    warnings.add("EVENT_SKIPPED", slide.path, `slide skipped: ${slide.start === undefined ? "no usable start date" : "no headline or text"}`);
    return undefined;
  }
  const description = [text?.text, media?.quote].filter(Boolean).join("\n\n");
  const lane = lanes.add(readPlainText(slide.group, slide.paths.group, warnings));
  const dateLabel = typeof slide.dateLabel === "string" ? oneLine(htmlToText(slide.dateLabel).text) : "";
  const id = typeof slide.id === "string" || typeof slide.id === "number" ? String(slide.id).trim() : "";
  const event: EventInput = {title, start: slide.start};
  if (id) event.id = id;
  if (slide.end !== undefined) event.end = slide.end;
  if (description) event.description = description;
  if (lane !== undefined) event.lane = lane;
  if (dateLabel) event.dateLabel = dateLabel;
  if (typeof slide.color === "string" && slide.color.trim()) event.color = slide.color.trim();
  const tags = typeof slide.tags === "string" ? slide.tags.split(",").map((tag) => tag.trim()).filter(Boolean) : [];
  if (tags.length) event.tags = tags;
  const sourceList = sources.list();
  if (sourceList) event.sources = sourceList;
  return event;
}

/** An era of a slide: its headline (or text) as title; eras have no description or sources in chronoline. */
export function slideToEra(slide: Slide, warnings: WarningList): EraInput | undefined {
  const headline = readHtml(slide.headline, slide.paths.headline, warnings);
  const text = readHtml(slide.text, slide.paths.text, warnings);
  const title = oneLine(headline?.text) || firstLine(text?.text);
  if (slide.start === undefined || !title) {
    warnings.add("ERA_SKIPPED", slide.path, `era skipped: ${slide.start === undefined ? "no usable start date" : "no headline or text"}`);
    return undefined;
  }
  if (headline?.text && text?.text) warnings.add("ERA_TEXT_DROPPED", slide.paths.text, "era text not kept: chronoline eras have a title only");
  return {title, start: slide.start, ...(slide.end !== undefined && {end: slide.end})};
}

/** The title slide's headline and text, for the timeline's title and description. */
export function readTitleSlide(headline: unknown, text: unknown, paths: {headline: string; text: string}, warnings: WarningList) {
  return {
    title: oneLine(readHtml(headline, paths.headline, warnings)?.text) || undefined,
    description: readHtml(text, paths.text, warnings)?.text || undefined
  };
}

interface MediaText {
  caption: string | undefined;
  /** The text of embedded media: a block quote or a tweet. */
  quote: string | undefined;
}

function readMedia(media: SlideMedia, sources: SourceList, warnings: WarningList): MediaText {
  const {paths} = media;
  const caption = readHtml(media.caption, paths.caption, warnings);
  const credit = readHtml(media.credit, paths.credit, warnings);
  sources.addHtmlLinks(caption?.links, paths.caption);
  sources.addHtmlLinks(credit?.links, paths.credit);
  const url = typeof media.url === "string" ? media.url.trim() : "";
  let quote: string | undefined;
  if (url.startsWith("<")) {
    // TimelineJS takes embed code as "media": keep what it says and links to, not the markup.
    const embedded = htmlToText(url);
    sources.addHtmlLinks(embedded.links, paths.url);
    quote = embedded.text || undefined;
    if (!quote && embedded.links.length === 0) warnings.add("MEDIA_DROPPED", paths.url, "embedded media without text or links, not kept");
  } else if (url) {
    const captionText = oneLine(caption?.text);
    const creditText = oneLine(credit?.text);
    sources.add({url, title: captionText || creditText, publisher: captionText ? creditText : undefined}, paths.url);
  } else if (media.url !== undefined && media.url !== null && media.url !== "") {
    warnings.add("INVALID_URL", paths.url, `invalid media URL: ${describeValue(media.url)}`);
  }
  return {caption: caption?.text, quote};
}

function readHtml(value: unknown, path: string, warnings: WarningList): HtmlText | undefined {
  const html = readPlainText(value, path, warnings);
  return html === undefined ? undefined : htmlToText(html);
}

function readPlainText(value: unknown, path: string, warnings: WarningList): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  warnings.add("INVALID_TEXT", path, `invalid text: ${describeValue(value)} is not a string, ignored`);
  return undefined;
}
