/**
 * `Erubis::XmlHelper.escape_xml` (erubis/helper.rb), which `<%== x %>`
 * calls on `x.to_s`: &, <, > and " are escaped; the single quote is not
 * (its table entry exists, but the regexp leaves it out).
 */
const TABLE: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes an already `to_s`-converted string. */
export function erubisEscapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => TABLE[c]!);
}
