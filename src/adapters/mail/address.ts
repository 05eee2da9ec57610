import { decodeEncodedWords, decodeRaw8bit } from './header-words.js';
import type { MailAddress } from './types.js';

/**
 * `"採用担当" <saiyo@example.co.jp>, =?ISO-2022-JP?B?...?= <b@example.jp>` → addresses.
 * Raw 8-bit bytes are decoded before splitting: a Shift_JIS trail byte can be `\` or `@`
 * (ソ is 0x83 0x5C), which would otherwise read as an escape or an address.
 */
export function parseAddressList(latin1: string, problems: string[]): MailAddress[] {
  const unicode = decodeRaw8bit(latin1, problems);
  return splitOutside(unicode, ',')
    .map((part) => parseMailbox(stripGroup(part), problems))
    .filter((a): a is MailAddress => a !== null);
}

function parseMailbox(part: string, problems: string[]): MailAddress | null {
  // The `;` closing a group ends up on its last member.
  const trimmed = part.trim().replace(/;$/, '').trim();
  if (trimmed === '') return null;
  const angle = /<(?<address>[^<>]*)>\s*$/.exec(trimmed);
  if (angle?.groups) {
    const name = unquote(trimmed.slice(0, angle.index).trim());
    return { address: angle.groups.address!.trim(), name: decodeEncodedWords(name, problems) };
  }
  // `saiyo@example.co.jp (採用担当)`: the comment is the old way to give a name.
  const comment = /\((?<name>[^()]*)\)/.exec(trimmed);
  const address = trimmed.replace(/\([^()]*\)/g, '').trim();
  const name = comment?.groups ? decodeEncodedWords(comment.groups.name!.trim(), problems) : '';
  return { address: decodeEncodedWords(address, problems), name };
}

function unquote(name: string): string {
  const quoted = /^"(?<inner>.*)"$/s.exec(name);
  return quoted?.groups ? quoted.groups.inner!.replace(/\\(.)/g, '$1') : name;
}

/** `採用チーム: a@x.jp, b@x.jp;` → the members; `undisclosed-recipients:;` → nothing. */
function stripGroup(part: string): string {
  const group = /^[^"<@]*:(?<members>.*?);?\s*$/s.exec(part);
  return group?.groups ? group.groups.members! : part;
}

/** Splits on a separator outside quotes, angle brackets and comments. */
function splitOutside(value: string, separator: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === '\\' && quoted) i++;
    else if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '<' || ch === '(')) depth++;
    else if (!quoted && (ch === '>' || ch === ')')) depth = Math.max(0, depth - 1);
    else if (!quoted && depth === 0 && ch === separator) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}
