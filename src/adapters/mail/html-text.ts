const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  yen: '¥',
  copy: '©',
};

/**
 * A plain rendering of HTML for matching and preview, used where mailparser leaves the text
 * empty (an HTML-only part inside multipart/alternative). Block ends become line breaks;
 * scripts, styles and the head are dropped; nothing is fetched or executed.
 */
export function htmlToPlainText(html: string): string {
  return html
    .replace(/<(script|style|head|title)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<br\b[^>]*>/gi, '\n')
    .replace(/<\/(p|div|li|tr|h[1-6]|blockquote|table)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(
      /&(?:#(?<dec>\d+)|#x(?<hex>[0-9a-f]+)|(?<name>[a-z]+));/gi,
      (whole, dec, hex, name) => {
        if (dec || hex) return safeCodePoint(Number.parseInt(dec ?? hex, dec ? 10 : 16)) ?? whole;
        return ENTITIES[String(name).toLowerCase()] ?? whole;
      },
    )
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function safeCodePoint(code: number): string | null {
  return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
}
