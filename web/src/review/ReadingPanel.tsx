import { SOURCES } from '../../../src/core/signals/sources.js';
import type { SeedId } from '../../../src/core/signals/types.js';
import { useLang } from '../i18n.js';
import { useSignalWords } from '../signals-words.js';
import type { SignReading } from './types.js';

/** A seed citation: the number, with what the article is about on hover and for screen readers. */
export function Cite({ source }: { source: SeedId }) {
  const { lang } = useLang();
  const w = useSignalWords();
  return (
    <span className="meta" title={SOURCES[source].topic[lang]}>
      {' '}
      ({w('source')}: {source})
    </span>
  );
}

/** The reading of the ticked signs: a leaning, never a verdict, with what it rests on. */
export function ReadingPanel({ reading }: { reading: SignReading }) {
  const { lang } = useLang();
  const w = useSignalWords();
  const behind = [...reading.positive, ...reading.negative];
  return (
    <div className="panel reading">
      <h3>{w('readingTitle')}</h3>
      {/* Only the headline is announced as ticks change; the details are there to read. */}
      <p className="headline" aria-live="polite">
        <strong>{reading.headline[lang]}</strong>
      </p>
      <p className="meta">{reading.note[lang]}</p>
      {behind.length > 0 ? (
        <>
          <h4>{w('signsBehind')}</h4>
          <ul>
            {behind.map((sign) => (
              <li key={sign.id}>
                {sign.polarity === 'positive' ? '＋ ' : '－ '}
                {sign.label[lang]}
                <span className="meta"> ({sign.sources.join('・')})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reading.baseRates.length > 0 ? (
        <>
          <h4>{w('baseRates')}</h4>
          <ul>
            {reading.baseRates.map((rate) => (
              <li key={rate.id}>
                {rate.text[lang]}
                <br />
                <span className="meta">{rate.caveat[lang]}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {reading.caveats.length > 0 ? (
        <>
          <h4>{w('caveats')}</h4>
          <ul>
            {reading.caveats.map((caveat) => (
              <li key={caveat.text.ja}>
                {caveat.text[lang]}
                <Cite source={caveat.source} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
