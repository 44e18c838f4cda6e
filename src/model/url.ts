/**
 * Links from data are only kept when `new URL()` parses them, absolutely, to one of
 * these schemes. Parsing (rather than matching a prefix) defeats the disguises:
 * `JaVaScRiPt:`, leading spaces or controls, tabs and newlines inside the scheme.
 */
const ALLOWED_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);
export const MAX_URL_LENGTH = 2048;

export type UrlCheck = {ok: true; url: string} | {ok: false; code: "INVALID_URL" | "UNSAFE_URL" | "URL_TOO_LONG"; message: string};

export function checkUrl(value: unknown): UrlCheck {
  if (typeof value !== "string") return {ok: false, code: "INVALID_URL", message: "a URL must be a string"};
  if (value.length > MAX_URL_LENGTH) {
    return {ok: false, code: "URL_TOO_LONG", message: `URL longer than ${MAX_URL_LENGTH} characters`};
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return {ok: false, code: "INVALID_URL", message: "not an absolute URL"};
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) {
    return {ok: false, code: "UNSAFE_URL", message: `scheme ${JSON.stringify(url.protocol.slice(0, 20))} is not allowed (http, https, mailto only)`};
  }
  // `href` is the normalised form: hosts in punycode (so IDN homoglyphs show as
  // such), quotes and spaces percent-encoded.
  return {ok: true, url: url.href};
}
