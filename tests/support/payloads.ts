// Hostile values for the security harness (tests/browser/security.test.ts) and the
// hostile suites: each one tries to run `__trap(n)` (or `alert`), reach a URL,
// break out of an attribute, a CSS value or an XML text node, pollute a
// prototype, or mislead a reader. Every value is JSON, so it reaches the page
// exactly as written (an own "__proto__" key survives JSON.parse, not an object
// literal), and every one goes into every text sink of the event model.

export type PayloadCategory =
  | "html"
  | "mutation-xss"
  | "svg"
  | "url"
  | "css"
  | "attribute-name"
  | "prototype"
  | "template"
  | "bidi-control"
  | "long";

export interface Payload {
  /** Short, unique, for test titles. */
  name: string;
  category: PayloadCategory;
  /** A string, or (attribute-name and prototype-pollution payloads) a JSON object. */
  value: string | Record<string, unknown>;
}

const obj = (json: string): Record<string, unknown> => JSON.parse(json) as Record<string, unknown>;
const base64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export const payloads: readonly Payload[] = [
  // HTML that would run script if it were ever parsed as markup.
  {category: "html", name: "script element", value: "<script>__trap(1)</script>"},
  {category: "html", name: "img onerror", value: "<img src=x onerror=__trap(2)>"},
  {category: "html", name: "attribute break-out then img", value: '"><img src=x onerror=__trap(3)>'},
  {category: "html", name: "single-quote break-out then svg", value: "'><svg onload=__trap(4)>"},
  {category: "html", name: "iframe javascript src", value: '<iframe src="javascript:__trap(5)"></iframe>'},
  {category: "html", name: "iframe srcdoc", value: '<iframe srcdoc="<script>parent.__trap(6)</script>"></iframe>'},
  {category: "html", name: "details ontoggle", value: "<details open ontoggle=__trap(7)><summary>x</summary></details>"},
  {category: "html", name: "input autofocus onfocus", value: "<input autofocus onfocus=__trap(8)>"},
  {category: "html", name: "anchor javascript href", value: '<a href="javascript:__trap(9)">click</a>'},
  {category: "html", name: "object and embed", value: '<object data="javascript:__trap(10)"></object><embed src="javascript:__trap(10)">'},
  {category: "html", name: "entity-encoded img", value: "&lt;img src=x onerror=__trap(11)&gt;&#60;script&#62;__trap(11)&#60;/script&#62;"},
  {category: "html", name: "body onload and marquee", value: "<body onload=__trap(12)><marquee onstart=__trap(12)>x</marquee>"},
  {category: "html", name: "closing textarea and title", value: "</textarea></title></style><script>__trap(13)</script>"},
  // Mutation XSS: markup that a sanitiser sees one way and the parser another.
  {category: "mutation-xss", name: "noscript title", value: '<noscript><p title="</noscript><img src=x onerror=__trap(14)>">'},
  {category: "mutation-xss", name: "math mglyph style", value: "<math><mtext><table><mglyph><style><img src=x onerror=__trap(15)>"},
  {category: "mutation-xss", name: "svg p style", value: '<svg></p><style><a id="</style><img src=1 onerror=__trap(16)>">'},
  {category: "mutation-xss", name: "nested forms", value: "<form><math><mtext></form><form><mglyph><style></math><img src onerror=__trap(17)>"},
  {category: "mutation-xss", name: "template and comment", value: "<template><img src=x onerror=__trap(18)></template><!--><img src=x onerror=__trap(18)>-->"},
  // SVG-specific vectors.
  {category: "svg", name: "svg onload", value: "<svg onload=__trap(19)>"},
  {category: "svg", name: "animate onbegin", value: "<svg><animate onbegin=__trap(20) attributeName=x dur=1s></animate></svg>"},
  {category: "svg", name: "animate href to javascript", value: '<svg><a><animate attributeName="href" values="javascript:__trap(21)"/><text x="20" y="20">click</text></a></svg>'},
  {category: "svg", name: "set onmouseover", value: '<svg><set attributeName="onmouseover" to="__trap(22)"/></svg>'},
  {category: "svg", name: "use href data", value: "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='__trap(23)'/></svg>#x\"/></svg>"},
  {category: "svg", name: "xlink href javascript", value: '<svg><a xlink:href="javascript:__trap(24)"><text>x</text></a></svg>'},
  {category: "svg", name: "foreignObject iframe", value: '<svg><foreignObject><iframe srcdoc="<script>parent.__trap(25)</script>"></iframe></foreignObject></svg>'},
  {category: "svg", name: "text node break-out", value: "</text></title><script>__trap(26)</script><text>"},
  {category: "svg", name: "CDATA break-out", value: "]]><script>__trap(27)</script><![CDATA["},
  {category: "svg", name: "xml-stylesheet instruction", value: '<?xml-stylesheet href="javascript:__trap(28)"?>'},
  {category: "svg", name: "xml entity declaration", value: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;'},
  // URLs in disguise: only http, https and mailto may become links.
  {category: "url", name: "javascript scheme", value: "javascript:__trap(30)"},
  {category: "url", name: "mixed-case javascript", value: "JaVaScRiPt:__trap(31)"},
  {category: "url", name: "leading space javascript", value: " javascript:__trap(32)"},
  {category: "url", name: "leading control javascript", value: "\u0001javascript:__trap(33)"},
  {category: "url", name: "tab in scheme", value: "java\tscript:__trap(34)"},
  {category: "url", name: "newline in scheme", value: "java\nscript:__trap(35)"},
  {category: "url", name: "entity colon", value: "javascript&colon;__trap(36)"},
  {category: "url", name: "javascript comment newline", value: "javascript://example.org/%0a__trap(37)"},
  {category: "url", name: "data html", value: "data:text/html,<script>__trap(38)</script>"},
  {category: "url", name: "data base64", value: `data:text/html;base64,${base64("<script>__trap(39)</script>")}`},
  {category: "url", name: "vbscript", value: "vbscript:msgbox(40)"},
  {category: "url", name: "file", value: "file:///etc/passwd"},
  {category: "url", name: "quote break-out in https", value: 'https://example.org/"onmouseover="__trap(42)"x="'},
  {category: "url", name: "tag break-out in https", value: "https://example.org/'><script>__trap(43)</script>"},
  {category: "url", name: "IDN homoglyph host", value: "https://аpple.com/login"},
  {category: "url", name: "protocol-relative", value: "//evil.example/__trap(45)"},
  {category: "url", name: "credentials and odd host", value: "https://user:pass@evil.example:443@example.org/"},
  // CSS and colour injection.
  {category: "css", name: "declaration break-out", value: "red;background:url(javascript:__trap(47))"},
  {category: "css", name: "url javascript", value: "url(javascript:__trap(48))"},
  {category: "css", name: "expression", value: "expression(__trap(49))"},
  {category: "css", name: "attribute break-out colour", value: 'red" onload="__trap(50)'},
  {category: "css", name: "rule break-out", value: "red}*{background:url(//evil.example/x)}"},
  {category: "css", name: "var with url fallback", value: "var(--x, url(https://evil.example/x))"},
  {category: "css", name: "style element break-out", value: "#fff</style><script>__trap(53)</script>"},
  {category: "css", name: "50,000-character rgb(", value: `rgb(${"1,".repeat(25_000)}`},
  // Attribute names and prototype pollution, as objects in place of values (and merged into items and options).
  {category: "attribute-name", name: "on* attribute map", value: obj('{"onclick": "__trap(55)", "onmouseover": "__trap(55)", "onload": "__trap(55)"}')},
  {category: "attribute-name", name: "style and href map", value: obj('{"style": "background:url(javascript:__trap(56))", "href": "javascript:__trap(56)", "xlink:href": "javascript:__trap(56)"}')},
  {category: "attribute-name", name: "attribute-name break-out", value: obj('{"x onmouseover=__trap(57) y": "1", "\\"><img src=x onerror=__trap(57)>": "1"}')},
  {category: "prototype", name: "__proto__ object", value: obj('{"__proto__": {"polluted": "yes", "onload": "__trap(58)", "isAdmin": true}}')},
  {category: "prototype", name: "constructor.prototype object", value: obj('{"constructor": {"prototype": {"polluted": "yes"}}}')},
  {category: "prototype", name: "toString and valueOf", value: obj('{"toString": "__trap(60)", "valueOf": "__trap(60)", "toJSON": "__trap(60)"}')},
  {category: "prototype", name: "__proto__ string", value: "__proto__"},
  {category: "prototype", name: "constructor string", value: "constructor"},
  {category: "attribute-name", name: "attribute-like id", value: 'x" onfocus="__trap(63)" autofocus="'},
  {category: "attribute-name", name: "selector-like id", value: "#a .b > c[d='e'], *"},
  // Template syntaxes, in case any text is ever interpolated by a template engine.
  {category: "template", name: "JS template literal", value: "${__trap(65)}"},
  {category: "template", name: "mustache constructor", value: "{{constructor.constructor('__trap(66)')()}}"},
  {category: "template", name: "ERB and JSP", value: "<%= __trap(67) %>"},
  {category: "template", name: "Ruby and Pug interpolation", value: "#{__trap(68)}"},
  // Bidirectional and control characters.
  {category: "bidi-control", name: "right-to-left override", value: "\u202Egnp.exe\u202C invoice"},
  {category: "bidi-control", name: "C0 and C1 controls", value: "a\u0000b\u0007c\u001b[31md\u0085e\u009bf\u007f"},
  {category: "bidi-control", name: "lone surrogates", value: "\ud800x\udfff\udc00y\ud800"},
  {category: "bidi-control", name: "unclosed isolates and embeddings", value: "\u2066\u2067\u2068\u202A\u202Bopen"},
  {category: "bidi-control", name: "zero-width and BOM", value: "\uFEFF\u200B\u200C\u200D\u2060"},
  {category: "bidi-control", name: "noncharacters", value: "x\uFFFE\uFFFFy"},
  {category: "bidi-control", name: "only whitespace", value: "\r\n\t \u00a0\u3000"},
  {category: "bidi-control", name: "words that look like values", value: "undefined NaN Infinity null [object Object]"},
  // Very long strings.
  {category: "long", name: "100,000 characters", value: "A".repeat(100_000)},
  {category: "long", name: "repeated svg onload", value: "<svg onload=__trap(78)>".repeat(5_000)},
  {category: "long", name: "100,000-character https URL", value: `https://example.org/${"a".repeat(100_000)}`},
  {category: "long", name: "many family emoji", value: "👨‍👩‍👧‍👦".repeat(20_000)}
];

/** The string payloads; objects are strings' worth of trouble in other ways. */
export const stringPayloads = payloads.filter((payload): payload is Payload & {value: string} => typeof payload.value === "string");
