/** Undoes a Content-Transfer-Encoding; 7bit, 8bit, binary and unknown values pass through. */
export function decodeTransfer(body: Buffer, encoding: string | null): Buffer {
  switch (encoding?.trim().toLowerCase()) {
    case 'base64':
      // Node's decoder skips line breaks and stops at junk, which is what a lenient reader wants.
      return Buffer.from(body.toString('latin1'), 'base64');
    case 'quoted-printable':
      return decodeQuotedPrintable(body);
    default:
      return body;
  }
}

const HEX = (b: number | undefined): number => {
  if (b === undefined) return -1;
  if (b >= 0x30 && b <= 0x39) return b - 0x30;
  if (b >= 0x41 && b <= 0x46) return b - 0x37;
  if (b >= 0x61 && b <= 0x66) return b - 0x57;
  return -1;
};

export function decodeQuotedPrintable(body: Buffer): Buffer {
  const out = Buffer.allocUnsafe(body.length);
  let n = 0;
  for (let i = 0; i < body.length; i++) {
    const b = body[i]!;
    if (b !== 0x3d) {
      out[n++] = b;
      continue;
    }
    const hi = HEX(body[i + 1]);
    const lo = HEX(body[i + 2]);
    if (hi >= 0 && lo >= 0) {
      out[n++] = hi * 16 + lo;
      i += 2;
    } else if (body[i + 1] === 0x0a)
      i += 1; // soft line break (LF)
    else if (body[i + 1] === 0x0d && body[i + 2] === 0x0a)
      i += 2; // soft line break (CRLF)
    else out[n++] = b; // a stray "=" is kept, as most readers do
  }
  return out.subarray(0, n);
}
