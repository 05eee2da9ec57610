import { randomUUID } from 'node:crypto';
import type { ServiceContext } from '../services/context.js';
import { ServiceError } from '../services/errors.js';
import type { RunScoped } from '../services/import.js';
import { withUserScope } from '../storage/scope.js';

export interface TaskError {
  error: string;
  errorEn: string;
  code: string;
}

/** What the UI polls: where a long job stands, and how it ended. */
export interface TaskView<P, R> {
  id: string;
  state: 'running' | 'done' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  progress: P;
  result: R | null;
  error: TaskError | null;
}

/**
 * Long jobs (an IMAP sync, an .mbox import) run in the server process after the request that
 * started them has answered; the UI polls their progress. One job of a kind per user at a time:
 * a second start while one runs is refused, not queued. Finished jobs stay readable until the
 * next one starts, so a page opened later still shows the last summary.
 */
export class BackgroundTasks<P, R> {
  private readonly tasks = new Map<string, TaskView<P, R>>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  get(userId: string): TaskView<P, R> | null {
    const task = this.tasks.get(userId);
    return task ? { ...task } : null;
  }

  isRunning(userId: string): boolean {
    return this.tasks.get(userId)?.state === 'running';
  }

  /** Starts `run` unless one is running for this user (then null); never rejects. */
  start(
    userId: string,
    initial: P,
    run: (report: (progress: P) => void) => Promise<R>,
  ): TaskView<P, R> | null {
    if (this.isRunning(userId)) return null;
    const task: TaskView<P, R> = {
      id: randomUUID(),
      state: 'running',
      startedAt: this.now().toISOString(),
      finishedAt: null,
      progress: initial,
      result: null,
      error: null,
    };
    this.tasks.set(userId, task);
    // Deferred a turn so the request that started it can answer first.
    setImmediate(() => {
      run((progress) => {
        task.progress = progress;
      }).then(
        (result) => {
          task.result = result;
          task.state = 'done';
          task.finishedAt = this.now().toISOString();
        },
        (error: unknown) => {
          task.error = describeFailure(error);
          task.state = 'failed';
          task.finishedAt = this.now().toISOString();
        },
      );
    });
    return { ...task };
  }
}

function describeFailure(error: unknown): TaskError {
  if (error instanceof ServiceError)
    return { error: error.ja, errorEn: error.en, code: error.code };
  // Unexpected: logged like any 500 (the IMAP adapter masks the password in what it reports).
  console.error(error);
  return { error: '内部エラーが発生しました', errorEn: 'Internal error', code: 'INTERNAL' };
}

/**
 * The context a background job runs with. In server mode the request ran inside a user scope
 * that ends when the request answers, so the job opens a scope of its own on the root storage
 * for each unit of work (a batch and its checkpoint commit together, in that user's scope);
 * otherwise (the embedded app) the request's context is the root one already.
 */
export function jobContext(
  request: ServiceContext,
  root: () => ServiceContext,
): { ctx: ServiceContext; scoped: RunScoped } {
  const base: ServiceContext = { ...root(), userId: request.userId };
  if (request.storage === base.storage) return { ctx: request, scoped: (fn) => fn(request) };
  return {
    ctx: base,
    scoped: (fn) => withUserScope(base.storage, base.userId, (storage) => fn({ ...base, storage })),
  };
}
