import type {SourceInput} from "../index.js";
import {describeValue} from "../model/errors.js";
import {checkUrl} from "../model/url.js";
import type {HtmlLink} from "./htmlToText.js";
import type {WarningList} from "./warningList.js";

/** A link found in the source data: an `<a href>`, a media URL, a Markdown link. */
export interface LinkCandidate {
  url: string;
  title?: string | undefined;
  publisher?: string | undefined;
}

/**
 * Collects an event's links as chronoline sources: each URL once, and only the
 * ones chronoline keeps (absolute http, https and mailto, checked as the model
 * checks them). The others are reported here, where the path still names the
 * field they came from, instead of later as a source the model drops.
 */
export class SourceList {
  private readonly sources: SourceInput[] = [];
  private readonly seen = new Set<string>();

  constructor(private readonly warnings: WarningList) {}

  add(link: LinkCandidate, path: string): void {
    // Protocol-relative links ("//upload.wikimedia.org/…") are how TimelineJS
    // examples embed media; the pages that show them are served over https.
    const written = link.url.trim();
    const check = checkUrl(written.startsWith("//") ? `https:${written}` : written);
    if (!check.ok) {
      this.warnings.add(check.code, path, `link not kept as a source, ${check.message}: ${describeValue(written)}`);
      return;
    }
    if (this.seen.has(check.url)) return;
    this.seen.add(check.url);
    const title = link.title?.trim();
    const publisher = link.publisher?.trim();
    this.sources.push({
      url: check.url,
      ...(title && title !== written && title !== check.url && {title}),
      ...(publisher && {publisher})
    });
  }

  /** The links of an HTML fragment, titled by their text. */
  addHtmlLinks(links: readonly HtmlLink[] | undefined, path: string): void {
    for (const link of links ?? []) this.add({url: link.href, title: link.text}, path);
  }

  /** The sources, or `undefined` when there are none (the field is then left out). */
  list(): SourceInput[] | undefined {
    return this.sources.length ? this.sources : undefined;
  }
}
