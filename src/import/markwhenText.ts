import {IMAGE_REGEX, LINK_REGEX, LOCATION_REGEX, type MarkdownBlock} from "@markwhen/parser";
import type {LinkCandidate} from "./linkSources.js";
import {oneLine} from "./plainText.js";

/**
 * The Markdown of markwhen event text as plain text: links keep their text and
 * become sources, images become sources, locations (`[Hawaii](location)`)
 * become places. The patterns are the parser's own, so a link here is what
 * markwhen shows as one.
 */
export interface MarkdownText {
  text: string;
  links: LinkCandidate[];
}

const IMAGES = new RegExp(IMAGE_REGEX.source, "g");

function markdownToText(markdown: string): MarkdownText {
  const links: LinkCandidate[] = [];
  const text = markdown
    .replace(IMAGES, (_, alt: string, url: string) => {
      links.push({url: withScheme(url), title: alt});
      return "";
    })
    .replace(LOCATION_REGEX, (_, place: string) => place)
    .replace(LINK_REGEX, (_, label: string, url: string) => {
      links.push({url: withScheme(url), title: label});
      return label;
    });
  return {text, links};
}

/** Places named in event text: `[Eugene, Oregon](location)` or `(map)`. */
export function placesIn(markdown: string): string[] {
  const places = new Set<string>();
  for (const match of markdown.matchAll(LOCATION_REGEX)) places.add(oneLine(match[1]));
  return [...places].filter(Boolean);
}

/**
 * An event's title: its first line without the completion markup that markwhen
 * draws as a checkbox or a progress bar ("[x] ", "[] ", "68% ").
 */
export function eventTitle(firstLine: string): MarkdownText {
  const {text, links} = markdownToText(firstLine.replace(/^\s*\[[ xX]?\]\s*/, "").replace(/^\s*\d{1,3}%\s+/, ""));
  return {text: oneLine(text), links};
}

/** The fields of the parser's block classes (Block, Image, ParagraphBreak) read here. */
interface Block {
  type: string;
  raw?: string;
  value?: unknown;
  link?: string;
  altText?: string;
}

/** The lines after the first: text, lists and checklists as lines of text, images as sources. */
export function describeBlocks(blocks: readonly MarkdownBlock[]): MarkdownText {
  const lines: string[] = [];
  const links: LinkCandidate[] = [];
  for (const block of blocks as readonly Block[]) {
    if (block.type === "image" && typeof block.link === "string") {
      links.push({url: block.link, title: block.altText});
      continue;
    }
    if (block.type === "paragraphBreak") {
      lines.push("");
      continue;
    }
    const read = markdownToText(block.raw ?? "");
    links.push(...read.links);
    const marker = block.type === "checkbox" ? (block.value ? "☑ " : "☐ ") : block.type === "listItem" ? "• " : "";
    lines.push(marker + read.text.trim());
  }
  return {text: lines.join("\n").replace(/\n{3,}/g, "\n\n").trim(), links};
}

/** markwhen links may leave out the scheme ("markwhen.com"); markwhen then links to http. */
function withScheme(url: string): string {
  return /^(https?:\/\/|\/)/i.test(url) ? url : `http://${url}`;
}
