/**
 * Normalisation before feature extraction (STYLE 13, chrono's toHankaku idea): one spelling per
 * character, and only the words the sender wrote for this message — quoted replies, signatures
 * and mass-mail footers are cut, because their words would vote for the wrong category.
 */

/** NFKC folds full-width ASCII to half-width and half-width kana to full-width; waves unify. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u301c\uff5e\u2053\u223c]/g, '~')
    .replace(/\r\n?/g, '\n')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>\n]{1,200}>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t\u3000]+/g, ' ');
}

/** A line that opens the quoted original of a reply (Gmail, Outlook, Japanese clients). */
const QUOTE_HEADER =
  /^(?:-{2,} ?(?:Original Message|元のメッセージ|転送されたメッセージ|Forwarded message) ?-{2,}|.{0,80}(?:wrote|のメッセージ|書きました)[:：]?\s*$|(?:From|差出人|送信者) ?[:：].*$)/i;

/** A rule line of 5+ marks: in Japanese mail it opens the signature or a footer. */
const RULE_LINE = /^\s*(?:[-=_*━─―#~+・※◆■□◇]\s*){5,}\s*$/;

/** Words that show the block after a rule line is a signature or footer, not content. */
const BLOCK_TAIL =
  /(?:TEL|Tel|電話|E-?mail|Mail|〒|住所|URL|https?:|配信停止|配信解除|送信専用|@|株式会社|人事部|採用担当)/;

export interface Cleaned {
  /** Text of this message only. */
  text: string;
  /** Whether a quoted reply was cut (a reply often quotes the other side's category words). */
  hadQuote: boolean;
  /** Whether a footer mentioned unsubscribing (配信停止): mass mail. */
  massMail: boolean;
}

/** Normalise and keep the sender's own words; lines beginning with ">" are quoted. */
export function cleanBody(body: string): Cleaned {
  const lines = normalizeText(body).split('\n');
  const kept: string[] = [];
  let hadQuote = false;
  for (const line of lines) {
    if (/^\s*>/.test(line)) {
      hadQuote = true;
      continue;
    }
    if (QUOTE_HEADER.test(line.trim()) && kept.length > 0) {
      hadQuote = true;
      break;
    }
    kept.push(line);
  }
  const massMail = /配信停止|配信解除|メルマガ|unsubscribe|配信設定/i.test(kept.join('\n'));
  return { text: cutSignature(kept).join('\n').trim(), hadQuote, massMail };
}

/** Cut at the first rule line in the second half that is followed by contact details. */
function cutSignature(lines: string[]): string[] {
  const start = Math.floor(lines.length / 3);
  for (let i = start; i < lines.length; i += 1) {
    if (!RULE_LINE.test(lines[i] ?? '')) continue;
    const tail = lines.slice(i + 1, i + 12).join('\n');
    if (BLOCK_TAIL.test(tail)) return lines.slice(0, i);
  }
  return lines;
}
