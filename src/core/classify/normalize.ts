/**
 * Normalisation before feature extraction (STYLE 13, chrono's toHankaku idea): one spelling per
 * character, and only the words the sender wrote for this message — quoted replies, signatures
 * and mass-mail footers are cut, because their words would vote for the wrong category.
 */

/** A character some clean-up of normalizeText acts on: a wave, CR, a tag, an entity, a tab, two spaces. */
const RARE = /[\u301c\u2053\u223c\r<&\t]| {2}/;

/** NFKC folds full-width ASCII to half-width and half-width kana to full-width; waves unify. */
export function normalizeText(text: string): string {
  let t = text.normalize('NFKC');
  // One scan says whether any rarer clean-up below is needed at all (most mail needs none).
  if (!RARE.test(t)) return t;
  // Each clean-up below is one scan (a replace with no match returns the text as it was).
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (t.includes('<')) {
    t = t
      .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
      // Only real tags: "<a@b.jp>" in a reply header is an address, not HTML.
      .replace(/<\/?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>\n]{0,200})?\/?>/g, ' ');
  }
  if (t.includes('&')) t = t.replace(/&nbsp;/g, ' ');
  // Waves and runs of blanks in one scan (a wave is one character either way, so doing it
  // after the tags changes nothing).
  return t.replace(WAVE_OR_BLANKS, (m) =>
    m === '\u301c' || m === '\u2053' || m === '\u223c' ? '~' : ' ',
  );
}

const WAVE_OR_BLANKS = /[\u301c\u2053\u223c]|[ \t]{2,}|\t/g;

/**
 * A line that opens the quoted original of a reply (Gmail, Outlook, Japanese clients). One
 * multiline scan over the whole text is much faster than a test per line.
 */
const QUOTE_HEADER =
  /^[ \t]*(?:-{2,} ?(?:Original Message|元のメッセージ|転送されたメッセージ|Forwarded message) ?-{2,}|[^\n]{0,80}(?:\d{1,2}:\d{2}|@)[^\n]{0,80}(?:wrote|のメッセージ|書きました):?[ \t]*$|(?:From|差出人|送信者) ?:[^\n]*$|\d{4}[年/-]\d{1,2}[月/-]\d{1,2}[^\n]{0,60}\d{1,2}:\d{2}[^\n]{0,80}<[^<>\s]+@[^<>\s]+>[^\n]{0,20}$)/gim;

/**
 * A cheap literal test first: most mail has no quote header, and the full scan is costly.
 * Every branch of QUOTE_HEADER contains one of these words on its own line, so the scan can
 * start at the line of the first hint.
 */
const QUOTE_HINT =
  /wrote|Original|Forwarded|メッセージ|書きました|From ?:|差出人|送信者|@[^<>\s]+>/i;

/** Quoted lines ("> …"; NFKC already turned ＞ into >). */
const QUOTED_LINE = /^[ \t]*>[^\n]*(?:\n|$)/gm;

/** A rule line of 5+ marks: in Japanese mail it opens the signature or a footer. */
const RULE_LINE = /^[ \t]*(?:[-=_*━─―#~+・※◆■□◇][ \t]*){5,}$/gm;

/** Words that show the block after a rule line is a signature or footer, not content. */
const BLOCK_TAIL =
  /(?:TEL|Tel|電話|E-?mail|Mail|〒|住所|URL|https?:|配信停止|配信解除|送信専用|@|株式会社|人事部|採用担当)/;

const MASS_MAIL = /配信停止|配信解除|メルマガ|unsubscribe|配信設定/i;

export interface Cleaned {
  /** Text of this message only. */
  text: string;
  /** Whether a quoted reply was cut (a reply often quotes the other side's category words). */
  hadQuote: boolean;
  /** Whether a footer mentioned unsubscribing (配信停止): mass mail. */
  massMail: boolean;
  /** The signature or footer block cut off below a rule line ("" when none was cut). */
  signature: string;
}

/** Normalise and keep the sender's own words: cut the quoted original, ">" lines, signature. */
export function cleanBody(body: string): Cleaned {
  let text = normalizeText(body);
  let hadQuote = false;
  const header = findQuoteHeader(text);
  // A header on the very first line is the whole message (a forward): keep it.
  if (header && text.slice(0, header.index).trim() !== '') {
    text = text.slice(0, header.index);
    hadQuote = true;
  }
  if (text.includes('>')) {
    const unquoted = text.replace(QUOTED_LINE, '');
    if (unquoted.length !== text.length) hadQuote = true;
    text = unquoted;
  }
  const massMail = MASS_MAIL.test(text);
  const at = signatureStart(text);
  return {
    text: text.slice(0, at).trim(),
    hadQuote,
    massMail,
    signature: text.slice(at).trim(),
  };
}

function findQuoteHeader(text: string): RegExpExecArray | null {
  const hint = QUOTE_HINT.exec(text);
  if (!hint) return null;
  QUOTE_HEADER.lastIndex = text.lastIndexOf('\n', hint.index) + 1;
  return QUOTE_HEADER.exec(text);
}

/**
 * Where the signature starts: the first rule line after the first third that is followed by
 * contact details (the text's length when there is none).
 */
function signatureStart(text: string): number {
  RULE_LINE.lastIndex = text.lastIndexOf('\n', Math.floor(text.length / 3)) + 1;
  for (let m = RULE_LINE.exec(text); m !== null; m = RULE_LINE.exec(text)) {
    const after = m.index + m[0].length;
    if (BLOCK_TAIL.test(text.slice(after, after + 400))) return m.index;
  }
  return text.length;
}
