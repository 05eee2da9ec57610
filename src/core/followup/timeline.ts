import type { ApplicationEvent } from '../domain/entities.js';
import type { IsoDate } from '../domain/dates.js';
import { STAGE_LABELS } from '../domain/stage.js';
import { addDays, maxDate, minDate } from './date-math.js';
import { deriveFollowupState } from './state.js';
import type { Bilingual, FollowupInput } from './types.js';

export interface TimelineSpan {
  kind: 'wait' | 'inquiry_window' | 'silence';
  from: IsoDate;
  /** Inclusive. */
  to: IsoDate;
  label: Bilingual;
}

export interface TimelineMarker {
  kind:
    | 'interview'
    | 'deadline'
    | 'early_deadline'
    | 'earliest_inquiry'
    | 'recommended_inquiry'
    | 'silent_after'
    | 'today'
    | 'event';
  date: IsoDate;
  label: Bilingual;
  eventId?: string;
  eventType?: ApplicationEvent['type'];
}

/** The data behind one application's picture: spans and markers on a date axis. */
export interface ApplicationTimeline {
  applicationId: string;
  company: string;
  range: { from: IsoDate; to: IsoDate };
  spans: TimelineSpan[];
  markers: TimelineMarker[];
}

/**
 * For "1週間以内" on Fri 11/20 seen on 12/01: wait 11/20–11/27, inquiry window 11/30–12/03,
 * silence from 12/04; markers for the interview, the deadline, both inquiry dates, silentAfter,
 * today and every event. Markers are sorted by date, then kind, then event id.
 */
export function applicationTimeline(input: FollowupInput): ApplicationTimeline {
  const state = deriveFollowupState(input);
  const spans: TimelineSpan[] = [];
  const markers: TimelineMarker[] = state.placed.map((p) => ({
    kind: p.event.type === 'interview' ? 'interview' : 'event',
    date: p.date,
    label: eventLabel(p.event),
    eventId: p.event.id,
    eventType: p.event.type,
  }));
  const c = state.current;
  if (c) {
    const d = c.dates;
    const waitEnd = d.deadline ?? addDays(d.earliestInquiry ?? d.silentAfter, -1);
    spans.push({ kind: 'wait', from: d.t0, to: waitEnd, label: { ja: '待つ', en: 'Wait' } });
    if (d.earliestInquiry)
      spans.push({
        kind: 'inquiry_window',
        from: d.earliestInquiry,
        to: maxDate(d.earliestInquiry, addDays(d.silentAfter, -1)),
        label: { ja: '問い合わせ可能', en: 'Inquiry window' },
      });
    spans.push({
      kind: 'silence',
      from: d.silentAfter,
      to: maxDate(d.silentAfter, input.today),
      label: { ja: 'サイレントの可能性', en: 'Likely silent' },
    });
    const dated: [TimelineMarker['kind'], IsoDate | null, Bilingual][] = [
      ['deadline', d.deadline, { ja: '連絡期限', en: 'Deadline' }],
      ['early_deadline', d.early, { ja: '早い読み方', en: 'Early reading' }],
      ['earliest_inquiry', d.earliestInquiry, { ja: '問い合わせ可', en: 'Inquiry acceptable' }],
      [
        'recommended_inquiry',
        d.recommendedInquiry,
        { ja: '問い合わせ推奨', en: 'Inquiry recommended' },
      ],
      ['silent_after', d.silentAfter, { ja: 'サイレントの目安', en: 'Silent after' }],
    ];
    for (const [kind, date, label] of dated) if (date) markers.push({ kind, date, label });
  }
  markers.push({ kind: 'today', date: input.today, label: { ja: '今日', en: 'Today' } });
  markers.sort(
    (a, b) => cmp(a.date, b.date) || cmp(a.kind, b.kind) || cmp(a.eventId ?? '', b.eventId ?? ''),
  );
  const dates = [...markers.map((m) => m.date), ...spans.flatMap((s) => [s.from, s.to])];
  return {
    applicationId: input.application.id,
    company: input.company.name,
    range: { from: dates.reduce(minDate), to: dates.reduce(maxDate) },
    spans,
    markers,
  };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function eventLabel(e: ApplicationEvent): Bilingual {
  switch (e.type) {
    case 'interview':
      return STAGE_LABELS[e.data.stage];
    case 'promise':
      return { ja: `「${e.data.text}」`, en: `「${e.data.text}」` };
    case 'message':
      return {
        ja: `受信: ${e.data.subject ?? e.data.category}`,
        en: `Received: ${e.data.category}`,
      };
    case 'email_sent':
      return {
        ja: `送信: ${e.data.template ?? 'メール'}`,
        en: `Sent: ${e.data.template ?? 'email'}`,
      };
    case 'call_made':
      return {
        ja: `電話: ${e.data.template ?? ''}`.trim(),
        en: `Call: ${e.data.template ?? ''}`.trim(),
      };
    case 'status': {
      const key = e.data.outcome ?? e.data.stage;
      return key ? STAGE_LABELS[key] : { ja: e.data.reason, en: e.data.reason };
    }
    case 'note':
      return { ja: 'メモ', en: 'Note' };
  }
}
