import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type KyselyPlugin, type RootOperationNode, TableNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailPorts } from '../../src/app/mail-ports.js';
import { type Runtime, openRuntime } from '../../src/app/runtime.js';
import type { ServiceContext } from '../../src/services/context.js';
import { importPath } from '../../src/services/import.js';
import { recordInterview } from '../../src/services/interviews.js';
import { listMessages } from '../../src/storage/repos/messages.js';
import { COMPANIES, escapeFromLines, generateMessage } from '../mail/mbox-generator.js';
import { tempDir } from '../support/cli.js';

/** Counts the SELECTs that read each table, so the test sees how often the import looked. */
class SelectCounter implements KyselyPlugin {
  readonly reads = new Map<string, number>();
  transformQuery({ node }: { node: RootOperationNode }): RootOperationNode {
    if (node.kind === 'SelectQueryNode') {
      for (const from of node.from?.froms ?? []) {
        if (TableNode.is(from)) {
          const name = from.table.identifier.name;
          this.reads.set(name, (this.reads.get(name) ?? 0) + 1);
        }
      }
    }
    return node;
  }
  async transformResult<T>(args: { result: T }): Promise<T> {
    return args.result;
  }
}

let runtime: Runtime;
beforeAll(async () => {
  runtime = await openRuntime({ dataDir: ':memory:' }, () => new Date('2026-11-22T09:00:00+09:00'));
});
afterAll(() => runtime.close());

describe('a long import of linked mail', () => {
  it('reads each company’s applications and events once, and links every message to its open application', async () => {
    const applications = new Map<string, string>();
    for (const company of COMPANIES) {
      const { application } = await recordInterview(runtime.context, {
        companyName: company,
        stage: 'interview_1',
        at: '2025-12-20T10:00',
      });
      applications.set(application.companyId, application.id);
    }
    const count = 600;
    const mbox = join(tempDir(), 'linked.mbox');
    writeFileSync(
      mbox,
      Buffer.concat(
        Array.from({ length: count }, (_, i) =>
          Buffer.concat([
            Buffer.from('From saiyo@example.co.jp Fri Nov 20 10:05:00 2026\n'),
            escapeFromLines(generateMessage(i)),
            Buffer.from('\n\n'),
          ]),
        ),
      ),
    );
    const counter = new SelectCounter();
    const ctx: ServiceContext = {
      ...runtime.context,
      storage: { ...runtime.storage, db: runtime.storage.db.withPlugin(counter) },
    };
    const summary = await importPath(ctx, createMailPorts(), mbox);
    expect(summary).toMatchObject({ read: count, imported: count, linked: count });
    // One look per company, not one per message (600 before the cache).
    expect(counter.reads.get('applications')).toBe(COMPANIES.length);
    expect(counter.reads.get('events')).toBe(COMPANIES.length);

    const messages = await listMessages(runtime.storage.db, runtime.context.userId, count);
    for (const m of messages) {
      const companyId = m.extracted.companyId as string;
      expect(m.applicationId).toBe(applications.get(companyId));
    }
  });
});
