/**
 * XML 1.0 `Char` (§2.2): tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and whole surrogate pairs. JSON
 * input can hold anything; this keeps what the producer writes well-formed.
 */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isXmlText(value: string): boolean {
  return !NOT_XML_CHAR.test(value);
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Record<string, string> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
};

/** Element content: `\r` is escaped so that line-end normalisation cannot change the value. */
export function escapeText(value: string): string {
  return /[&<>\r]/.test(value) ? value.replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]!) : value;
}

/** Attribute values: also `"` and the whitespace that attribute normalisation would turn into spaces. */
export function escapeAttribute(value: string): string {
  return /[&<>"\r\n\t]/.test(value) ? value.replace(/[&<>"\r\n\t]/g, (c) => ATTR_ESCAPES[c]!) : value;
}
