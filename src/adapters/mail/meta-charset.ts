const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*(?<charset>[A-Za-z0-9_:.+-]+)/i;

/** The charset an HTML document names in `<meta>` (saved-as-HTML mail often says it only there). */
export function metaCharset(bytes: Buffer): string | null {
  return META_CHARSET.exec(bytes.subarray(0, 4096).toString('latin1'))?.groups?.charset ?? null;
}
