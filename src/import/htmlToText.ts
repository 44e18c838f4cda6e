import {decodeEntities} from "./htmlEntities.js";

/**
 * HTML fragments from other tools (TimelineJS headlines, vis-timeline item
 * content) read as plain text, the way a browser's `textContent` would show
 * them, but with line breaks where the markup made lines. A small tokenizer,
 * not a DOM: it runs in Node, never builds or executes markup, and tolerates
 * what browsers tolerate (unclosed and stray tags, bare `<` and `&`).
 */

export interface HtmlLink {
  /** The `href` as written, entities decoded; not checked: see `linkSources`. */
  href: string;
  /** The link's text. */
  text: string;
}

export interface HtmlText {
  /** The text: whitespace collapsed, `<br>` and block boundaries as "\n", trimmed. */
  text: string;
  /** Every `<a href>`, in document order. */
  links: HtmlLink[];
}

// Elements whose content is code or an embedded document, never text to show.
const SKIPPED_CONTENT = new Set(["script", "style", "template", "iframe", "noscript", "noembed", "noframes", "object", "svg", "math"]);

// Elements that start and end a line of their own.
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "caption", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
  "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
  "tr", "ul"
]);

// Table cells sit side by side: a space between them rather than a line.
const CELLS = new Set(["td", "th"]);

const TAG_NAME = /[A-Za-z][^\s/>]*/y;
const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const WHITESPACE = /[\t\n\f\r ]+/g;

interface Tag {
  name: string;
  closing: boolean;
  href: string | undefined;
  /** Index just after the tag's `>`. */
  end: number;
}

export function htmlToText(html: string): HtmlText {
  const out = new TextBuilder();
  const links: HtmlLink[] = [];
  let openLink: {href: string; from: number} | undefined;
  const closeLink = () => {
    if (openLink) links.push({href: openLink.href, text: out.textSince(openLink.from)});
    openLink = undefined;
  };

  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    if (lt === -1) {
      out.addText(html.slice(i));
      break;
    }
    out.addText(html.slice(i, lt));
    const markup = readMarkup(html, lt);
    if (markup === "text") {
      // A "<" that starts no tag ("a < b") is text, as in browsers.
      out.addText("<");
      i = lt + 1;
      continue;
    }
    if (markup === "unterminated") break; // browsers drop a tag cut off by the end of the text
    if (typeof markup === "number") {
      i = markup; // a comment, doctype or processing instruction
      continue;
    }
    const tag = markup;
    i = tag.end;
    if (tag.name === "a") {
      closeLink();
      if (!tag.closing && tag.href !== undefined && tag.href.trim() !== "") openLink = {href: tag.href.trim(), from: out.length};
    } else if (tag.name === "br") {
      out.lineBreak();
    } else if (BLOCKS.has(tag.name)) {
      out.blockBoundary();
    } else if (CELLS.has(tag.name)) {
      out.addText(" ");
    } else if (!tag.closing && SKIPPED_CONTENT.has(tag.name)) {
      i = skipContent(html, i, tag.name);
    }
  }
  closeLink();
  return {text: out.finish(), links};
}

/**
 * What starts at a "<": a tag, the index after a comment-like construct, plain
 * text, or a construct that the text ends inside.
 */
function readMarkup(html: string, lt: number): Tag | number | "text" | "unterminated" {
  const next = html[lt + 1];
  if (html.startsWith("<!--", lt)) {
    const close = html.indexOf("-->", lt + 4);
    return close === -1 ? "unterminated" : close + 3;
  }
  if (next === "!" || next === "?") {
    const close = html.indexOf(">", lt + 2);
    return close === -1 ? "unterminated" : close + 1;
  }
  const closing = next === "/";
  TAG_NAME.lastIndex = lt + (closing ? 2 : 1);
  const name = TAG_NAME.exec(html);
  if (!name) {
    if (!closing) return "text";
    // "</>" and "</ 3>" are dropped by browsers as bogus comments.
    const close = html.indexOf(">", lt + 2);
    return close === -1 ? "unterminated" : close + 1;
  }
  return readAttributes(html, TAG_NAME.lastIndex, name[0].toLowerCase(), closing);
}

/** Reads up to the tag's `>`, keeping the one attribute that matters here: a link's `href`. */
function readAttributes(html: string, from: number, name: string, closing: boolean): Tag | "unterminated" {
  let i = from;
  let href: string | undefined;
  for (;;) {
    while (i < html.length && /[\s/]/.test(html[i]!)) i++;
    if (i >= html.length) return "unterminated";
    if (html[i] === ">") return {name, closing, href, end: i + 1};
    ATTRIBUTE_NAME.lastIndex = i;
    const attribute = ATTRIBUTE_NAME.exec(html)![0].toLowerCase();
    i = ATTRIBUTE_NAME.lastIndex;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] !== "=") continue;
    i++;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    let value: string;
    const quote = html[i];
    if (quote === '"' || quote === "'") {
      const close = html.indexOf(quote, i + 1);
      if (close === -1) return "unterminated";
      value = html.slice(i + 1, close);
      i = close + 1;
    } else {
      UNQUOTED_VALUE.lastIndex = i;
      value = UNQUOTED_VALUE.exec(html)![0];
      i = UNQUOTED_VALUE.lastIndex;
    }
    if (attribute === "href" && href === undefined) href = decodeEntities(value);
  }
}

/** The index after the end tag that closes a skipped element (or the end of the text). */
function skipContent(html: string, from: number, name: string): number {
  const endTag = new RegExp(`</${name}[\\s/>]`, "ig");
  endTag.lastIndex = from;
  const match = endTag.exec(html);
  if (!match) return html.length;
  const close = html.indexOf(">", match.index);
  return close === -1 ? html.length : close + 1;
}

/**
 * Text with HTML's whitespace rules: runs of spaces and source newlines are one
 * space; only `<br>` and block boundaries make lines. Kept as chunks, so that a
 * long fragment with many tags costs linear time.
 */
class TextBuilder {
  private readonly chunks: string[] = [];

  /** A position to read a link's text from, with `textSince`. */
  get length(): number {
    return this.chunks.length;
  }

  addText(raw: string): void {
    let text = decodeEntities(raw).replace(WHITESPACE, " ");
    // A space is kept only between words: never at a line start or doubled.
    if (text.startsWith(" ") && /^$|[ \n]$/.test(this.lastChar())) text = text.slice(1);
    if (text !== "") this.chunks.push(text);
  }

  lineBreak(): void {
    this.dropTrailingSpace();
    this.chunks.push("\n");
  }

  /** A block starts or ends: a new line unless one was just begun. */
  blockBoundary(): void {
    this.dropTrailingSpace();
    const last = this.lastChar();
    if (last !== "" && last !== "\n") this.chunks.push("\n");
  }

  textSince(from: number): string {
    return this.chunks.slice(from).join("").replace(/\s+/g, " ").trim();
  }

  finish(): string {
    return this.chunks
      .join("")
      .split("\n")
      .map((line) => line.trim())
      .join("\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim();
  }

  private lastChar(): string {
    const last = this.chunks[this.chunks.length - 1];
    return last === undefined ? "" : last[last.length - 1]!;
  }

  private dropTrailingSpace(): void {
    if (this.lastChar() !== " ") return;
    const last = this.chunks.pop()!.slice(0, -1);
    if (last !== "") this.chunks.push(last);
  }
}
