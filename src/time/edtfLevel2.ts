/**
 * Recognises EDTF level 2 and level 3 syntax that the level 0/1 readers do not
 * take, so that it gets UNSUPPORTED_EDTF ("valid, but not read here") instead of
 * INVALID_DATE. Sets, lists, level 2 seasons and masks in level 2 positions are
 * recognised where they are read (`readDateText`, `parseIsoDate`, `parseEdtfDate`).
 */

// `?2001`, `2001~-09`, `2004?-06-~11`, `2001?-23`: qualifiers on parts of a date.
const QUALIFIED_PARTS = /^[?~%]?[+-]?[\dX]{4}[?~%]?(?:-[?~%]?[\dX]{2}[?~%]?){0,2}$/;
const QUALIFIER = /[?~%]/;
// `Y17E7`, `Y-17101E3S3`
const EXPONENTIAL_YEAR = /^Y-?\d+E\d+(?:S\d+)?$/;
// `1950S2`, `Y17101000S3`
const SIGNIFICANT_DIGITS = /^(?:Y-?\d+|-?\d{4})S\d+$/;
// `193`, `-019`, `197~`
const DECADE = /^-?\d{3}[?~%]?$/;
// `19~`, `-04?`
const QUALIFIED_CENTURY = /^-?\d\d[?~%]$/;

/** The level 2 feature the text uses, or `undefined` if it is not level 2 syntax. */
export function edtfLevel2Feature(text: string): string | undefined {
  if (QUALIFIED_PARTS.test(text) && QUALIFIER.test(text)) return "qualifiers on parts of a date (EDTF level 2)";
  if (EXPONENTIAL_YEAR.test(text)) return "an exponential year (EDTF level 2)";
  if (SIGNIFICANT_DIGITS.test(text)) return "significant digits (EDTF level 2)";
  if (DECADE.test(text)) return "a three-digit decade (EDTF level 2)";
  if (QUALIFIED_CENTURY.test(text)) return "a qualified century (EDTF level 2)";
  return undefined;
}
