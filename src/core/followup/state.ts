import type { ApplicationEvent } from '../domain/entities.js';
import type { IsoDate } from '../domain/dates.js';
import { deriveStatus } from '../application/status.js';
import type { Outcome } from '../domain/stage.js';
import { contactKindOf, eventDate, isCompanyAnswer, isMissedCheck, isRejection } from './events.js';
import { type PromiseDates, resolveDates } from './resolve-dates.js';
import type { FollowupInput, PromiseInput } from './types.js';

export interface Placed<E extends ApplicationEvent = ApplicationEvent> {
  event: E;
  index: number;
  date: IsoDate;
}

export interface CurrentPromise {
  promise: PromiseInput;
  dates: PromiseDates;
  /** Position on the timeline: events after it belong to this wait. */
  index: number;
  /** The company's answer (message, next interview, stage change) ending the wait. */
  answer: Placed | null;
  /** Inquiries and re-inquiries made for this promise, in order. */
  inquiries: Placed[];
  missedChecked: boolean;
}

/** What the rules read: the timeline digested once per application. */
export interface FollowupState {
  outcome: Outcome | null;
  placed: Placed[];
  held: Placed<Extract<ApplicationEvent, { type: 'interview' }>>[];
  scheduled: Placed<Extract<ApplicationEvent, { type: 'interview' }>>[];
  lastRejection: Placed | null;
  readonly current: CurrentPromise | null;
}

export function deriveFollowupState(input: FollowupInput): FollowupState {
  const placed = input.events.map((event, index) => ({ event, index, date: eventDate(event) }));
  const held: FollowupState['held'] = [];
  const scheduled: FollowupState['scheduled'] = [];
  for (const p of placed) {
    if (p.event.type !== 'interview') continue;
    const item = { event: p.event, index: p.index, date: p.date };
    // An interview today is both held (thank-you, reflection) and still to prepare for.
    if (p.date <= input.today) held.push(item);
    if (p.date >= input.today) scheduled.push(item);
  }
  const rejections = placed.filter((p) => isRejection(p.event));
  const status = deriveStatus(input.events);
  const lastRejection = rejections.at(-1) ?? null;
  // The current promise is read lazily: a closed application (most of a long history) never
  // needs it, and reading it is the costly part (dates on the business calendar).
  let current: CurrentPromise | null | undefined;
  return {
    outcome: status.outcome ?? (lastRejection ? 'rejected' : null),
    placed,
    held,
    scheduled,
    lastRejection,
    get current() {
      if (current === undefined) current = currentPromise(input, placed);
      return current;
    },
  };
}

/** Where a promise sits: its own event, else after the last event on or before t0. */
function positionOf(promise: PromiseInput, placed: readonly Placed[]): number {
  const own = placed.find((p) => p.event.id === promise.eventId);
  if (own) return own.index;
  return placed.filter((p) => p.date <= promise.t0).at(-1)?.index ?? -1;
}

function currentPromise(input: FollowupInput, placed: readonly Placed[]): CurrentPromise | null {
  let best: { promise: PromiseInput; index: number } | null = null;
  for (const promise of input.promises) {
    const index = positionOf(promise, placed);
    // Later on the timeline wins; ties go to the later t0, then to the later entry.
    if (!best || index > best.index || (index === best.index && promise.t0 >= best.promise.t0))
      best = { promise, index };
  }
  // A 選考状況のご連絡 after the promise without a newer promise recorded: the clock restarts
  // as an unspecified promise from that message (spec/messages.md: waiting continues).
  const update = placed.findLast(
    (p) => p.event.type === 'message' && p.event.data.category === 'status_update',
  );
  if (update && (!best || update.index > best.index)) {
    const subject = update.event.type === 'message' ? update.event.data.subject : undefined;
    best = {
      index: update.index,
      promise: {
        id: update.event.id,
        eventId: update.event.id,
        text: subject ?? '選考状況のご連絡',
        t0: update.date,
        // The company's policy carries over: a 合格者のみ company stays pass-only.
        reading: { ...unspecifiedReading, passOnly: best?.promise.reading.passOnly ?? false },
      },
    };
  }
  // An interview held after the last promise with no words recorded: "nothing said" is the
  // unspecified kind (promises.md), so the wait runs from the interview day (t0+7 / +10 / +14).
  const interview = placed.findLast(
    (p) => p.event.type === 'interview' && p.date <= input.today && p.event.data.stage !== 'offer',
  );
  if (interview && (!best || interview.index > best.index)) {
    best = {
      index: interview.index,
      promise: {
        id: interview.event.id,
        eventId: interview.event.id,
        text: '',
        t0: interview.date,
        reading: unspecifiedReading,
      },
    };
  }
  if (!best) return null;
  const after = placed.filter((p) => p.index > best.index);
  const answer =
    after.find(
      (p) =>
        (isCompanyAnswer(p.event) &&
          !(p.event.type === 'message' && p.event.data.category === 'status_update')) ||
        (p.event.type === 'interview' && p.date > best.promise.t0) ||
        (p.event.type === 'status' && (p.event.data.stage ?? p.event.data.outcome) !== undefined),
    ) ?? null;
  const inquiries = after.filter((p) => {
    const kind = contactKindOf(p.event);
    return kind === 'inquiry' || kind === 'reinquiry';
  });
  return {
    promise: best.promise,
    dates: resolveDates(best.promise, input.calendar),
    index: best.index,
    answer,
    inquiries,
    missedChecked: after.some((p) => isMissedCheck(p.event)),
  };
}

const unspecifiedReading = {
  kind: 'unspecified',
  passOnly: false,
  channel: null,
  ambiguous: false,
  deadline: null,
  earliestInquiry: null,
  recommendedInquiry: null,
  silentAfter: null,
} as const;
