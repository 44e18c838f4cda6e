/**
 * Character references of HTML text: numeric ones in full, named ones for the
 * characters that news, spreadsheet and timeline text actually uses (HTML 4's
 * set: Latin-1, Greek, typography, arrows). The HTML 5 table has 2,231 names;
 * shipping it would triple the importers' size for names nobody writes. An
 * unknown name stays as written, as browsers show it.
 */

// HTML 4 names the Latin-1 characters U+00A0 to U+00FF in code point order.
const LATIN_1 =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute " +
  "micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig " +
  "Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash " +
  "Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc " +
  "euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml " +
  "yacute thorn yuml";

// And the Greek letters from U+0391 (capital) and U+03B1 (small); "-" marks the code points without a name.
const GREEK = "Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi Omicron Pi Rho - Sigma Tau Upsilon Phi Chi Psi Omega";
const GREEK_SMALL = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigmaf sigma tau upsilon phi chi psi omega";

const OTHERS: Record<string, number> = {
  quot: 0x22, amp: 0x26, apos: 0x27, lt: 0x3c, gt: 0x3e,
  OElig: 0x152, oelig: 0x153, Scaron: 0x160, scaron: 0x161, Yuml: 0x178, fnof: 0x192, circ: 0x2c6, tilde: 0x2dc,
  thetasym: 0x3d1, upsih: 0x3d2, piv: 0x3d6,
  ensp: 0x2002, emsp: 0x2003, thinsp: 0x2009, zwnj: 0x200c, zwj: 0x200d, lrm: 0x200e, rlm: 0x200f,
  ndash: 0x2013, mdash: 0x2014, lsquo: 0x2018, rsquo: 0x2019, sbquo: 0x201a, ldquo: 0x201c, rdquo: 0x201d,
  bdquo: 0x201e, dagger: 0x2020, Dagger: 0x2021, bull: 0x2022, hellip: 0x2026, permil: 0x2030, prime: 0x2032,
  Prime: 0x2033, lsaquo: 0x2039, rsaquo: 0x203a, oline: 0x203e, frasl: 0x2044, euro: 0x20ac, trade: 0x2122,
  larr: 0x2190, uarr: 0x2191, rarr: 0x2192, darr: 0x2193, harr: 0x2194, minus: 0x2212, infin: 0x221e,
  asymp: 0x2248, ne: 0x2260, le: 0x2264, ge: 0x2265, loz: 0x25ca, spades: 0x2660, clubs: 0x2663, hearts: 0x2665,
  diams: 0x2666
};

let namedCharacters: Map<string, string> | undefined;

function named(): Map<string, string> {
  if (namedCharacters) return namedCharacters;
  const table = new Map<string, string>();
  const addRun = (names: string, first: number) =>
    names.split(" ").forEach((name, i) => name !== "-" && table.set(name, String.fromCodePoint(first + i)));
  addRun(LATIN_1, 0xa0);
  addRun(GREEK, 0x391);
  addRun(GREEK_SMALL, 0x3b1);
  for (const [name, code] of Object.entries(OTHERS)) table.set(name, String.fromCodePoint(code));
  return (namedCharacters = table);
}

// Numeric references to C1 controls mean the Windows-1252 characters there, as
// browsers read them (HTML's "numeric character reference end state").
const WINDOWS_1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

function fromCodePoint(code: number): string {
  if (code >= 0x80 && code <= 0x9f) return String.fromCodePoint(WINDOWS_1252[code - 0x80]!);
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "\uFFFD";
  return String.fromCodePoint(code);
}

// Numeric references may omit their semicolon; named ones must have it, so that
// "AT&T" and "?a=1&b=2" stay as written.
const REFERENCE = /&(?:#(\d{1,8});?|#[xX]([0-9a-fA-F]{1,7});?|([A-Za-z][A-Za-z0-9]{1,31});)/g;

/** Replaces the character references in HTML text (or an attribute value) by their characters. */
export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(REFERENCE, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal !== undefined) return fromCodePoint(Number.parseInt(decimal, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    return named().get(name!) ?? reference;
  });
}
