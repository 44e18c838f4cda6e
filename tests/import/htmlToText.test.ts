import {describe, expect, it} from "vitest";
import {fromVisTimeline, htmlToText} from "../../src/import/index.js";

const text = (html: string) => htmlToText(html).text;

describe("htmlToText(html): markup to plain text", () => {
  it("htmlToText(html) removes tags, nested ones included", () => {
    expect(text("<div><span class=\"large\">item <b>2</b></span></div>")).toBe("item 2");
    expect(text("Whitney Houston<br/> 1963 - 2012")).toBe("Whitney Houston\n1963 - 2012");
  });

  it("htmlToText(html) decodes named, decimal and hexadecimal character references", () => {
    expect(text("N&uuml;rburgring &amp; Bol d&rsquo;Or &lt;b&gt; &quot;q&quot; &#39;s&#x27; &#x1F600; &eacute;&Omega;&sigmaf;"))
      .toBe("Nürburgring & Bol d’Or <b> \"q\" 's' 😀 éΩς");
  });

  it("htmlToText(html) leaves unknown names and a bare & as written, and reads numeric references as browsers do", () => {
    expect(text("AT&T &unknown; ?a=1&b=2 &amp")).toBe("AT&T &unknown; ?a=1&b=2 &amp");
    expect(text("&#150; &#0; &#xD800; &#1114112;")).toBe("– \uFFFD \uFFFD \uFFFD");
  });

  it("htmlToText(html) keeps a no-break space but collapses other whitespace", () => {
    expect(text("  a \n\t b&nbsp;&nbsp;c  ")).toBe("a b\u00a0\u00a0c");
  });

  it("htmlToText(html) makes lines of <br> and block boundaries, at most one blank line in a row", () => {
    expect(text("a<br>b<p>c</p><p>d</p>e")).toBe("a\nb\nc\nd\ne");
    expect(text("<ul><li>one</li><li>two</li></ul>after")).toBe("one\ntwo\nafter");
    expect(text("a<br><br><br><br>b")).toBe("a\n\nb");
    expect(text("<table><tr><td>a</td><td>b</td></tr></table>")).toBe("a b");
  });

  it("htmlToText(html) drops the content of script, style, iframe, template and svg elements", () => {
    expect(text("x<script>alert('<b>hi</b>')</script>y<STYLE>p{color:red}</STYLE>z")).toBe("xyz");
    expect(text("a<iframe src='https://example.org'>fallback</iframe>b<svg><text>drawn</text></svg>c<template>t</template>")).toBe("abc");
    expect(text("before<script>never closed")).toBe("before");
  });

  it("htmlToText(html) drops comments, doctypes and processing instructions", () => {
    expect(text("<!DOCTYPE html>a<!-- <b>x</b> -->b<?php echo 1 ?>c")).toBe("abc");
  });

  it("htmlToText(html) reads malformed markup as browsers do: a bare < is text, a cut-off tag is dropped", () => {
    expect(text("a < b and 5 <3")).toBe("a < b and 5 <3");
    expect(text("<b>bold, never closed")).toBe("bold, never closed");
    expect(text("cut <b class='x")).toBe("cut");
    expect(text("a<!-- never closed")).toBe("a");
    expect(text("x</>y</ 3>z")).toBe("xyz");
    expect(text("<<b>>")).toBe("<>");
    expect(text("<a href=\"x>y\" title='>'>t</a>")).toBe("t");
  });

  it("htmlToText(html).links lists every <a href> with its text, entities decoded, whatever the scheme", () => {
    const {text, links} = htmlToText(
      "See <a href=\"https://e.org/a?x=1&amp;y=2\" onclick='void(0)'>E <i>org</i></a>, <a href=javascript:alert(1)>bad</a> and <a name=x>no link</a>."
    );
    expect(text).toBe("See E org, bad and no link.");
    expect(links).toEqual([
      {href: "https://e.org/a?x=1&y=2", text: "E org"},
      {href: "javascript:alert(1)", text: "bad"}
    ]);
  });

  it("htmlToText(html) closes a link left open at the next link or at the end", () => {
    expect(htmlToText("<a href='https://a.org'>a <a href='https://b.org'>b").links).toEqual([
      {href: "https://a.org", text: "a"},
      {href: "https://b.org", text: "b"}
    ]);
  });
});

describe("links from HTML become sources only when chronoline keeps them", () => {
  const hostile = [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "java&#10;script:alert(1)",
    "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "file:///etc/passwd"
  ];

  it.each(hostile)("a link to %j is not kept as a source, and is reported", (href) => {
    const {input, warnings} = fromVisTimeline([{content: `<a href="${href.replace(/"/g, "&quot;")}">click</a>`, start: "2014-04-20"}]);
    expect(input.events[0]!.title).toBe("click");
    expect(input.events[0]!.sources).toBeUndefined();
    expect(warnings.map((w) => [w.code, w.path])).toEqual([[expect.stringMatching(/^(UNSAFE_URL|INVALID_URL)$/), "items[0].content"]]);
  });

  it("http, https and mailto links are kept, once each, normalised", () => {
    const {input} = fromVisTimeline([{
      content: "<a href='https://visjs.org'>vis</a> <a href='mailto:a@example.org'>mail</a> <a href='https://visjs.org'>again</a>",
      start: "2013-04-21"
    }]);
    expect(input.events[0]!.sources).toEqual([{url: "https://visjs.org/", title: "vis"}, {url: "mailto:a@example.org", title: "mail"}]);
  });
});
