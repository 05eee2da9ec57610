import { type ChildProcess, spawn } from 'node:child_process';
import { ImapFlow } from 'imapflow';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export interface Dovecot {
  host: string;
  port: number;
  user: string;
  password: string;
  /** What dovecot wrote to stderr: print it when a test fails. */
  log(): string;
  stop(): Promise<void>;
}

const BINARIES = ['/usr/sbin/dovecot', '/usr/local/sbin/dovecot'];
export const DOVECOT_MISSING =
  'dovecot is not installed: the IMAP sync test needs a real server. Install it with `apt-get install -y dovecot-imapd` (Debian/Ubuntu; pulls dovecot-core).';

export function findDovecot(): string | null {
  return BINARIES.find((path) => existsSync(path)) ?? null;
}

/**
 * A throwaway dovecot on 127.0.0.1 with its own config, passwd file and maildir in a temp
 * dir; nothing system-wide is touched. As root the mail files belong to `nobody` (dovecot
 * refuses uid 0 for mail); otherwise everything runs as the current user.
 */
export async function startDovecot(): Promise<Dovecot> {
  const binary = findDovecot();
  if (!binary) throw new Error(DOVECOT_MISSING);
  const dir = mkdtempSync(join(tmpdir(), 'renraku-dovecot-'));
  const port = await freePort();
  const root = process.getuid?.() === 0;
  const me = userInfo();
  const mailUid = root ? 65534 : me.uid;
  const mailGid = root ? 65534 : me.gid;
  // dovecot's auth process runs as the `dovecot` user and must reach the passwd file.
  if (root) chmodSync(dir, 0o755);
  const home = join(dir, 'home');
  mkdirSync(home);
  if (root) chownSync(home, mailUid, mailGid);
  const user = 'taro';
  const password = 'pass-word-9';
  writeFileSync(
    join(dir, 'passwd'),
    `${user}:{PLAIN}${password}:${mailUid}:${mailGid}::${home}/%u::\n`,
  );
  const runAs = root ? null : { user: me.username, group: groupName(me.gid) };
  writeFileSync(join(dir, 'dovecot.conf'), config(dir, port, runAs, mailUid));
  const child = spawn(binary, ['-F', '-c', join(dir, 'dovecot.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    await waitForPort(port, child, () => stderr);
  } catch (error) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    password,
    log: () => stderr,
    stop: async () => {
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function config(
  dir: string,
  port: number,
  runAs: { user: string; group: string } | null,
  mailUid: number,
): string {
  return `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = /dev/stderr
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = ${runAs?.user ?? 'dovecot'}
default_internal_group = ${runAs?.group ?? 'dovecot'}
default_login_user = ${runAs?.user ?? 'dovenull'}
first_valid_uid = ${mailUid}
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    port = 0
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
`;
}

/** The name of a group id (dovecot's config wants names), from /etc/group. */
function groupName(gid: number): string {
  const line = readFileSync('/etc/group', 'utf8')
    .split('\n')
    .find((l) => l.split(':')[2] === String(gid));
  return line?.split(':')[0] ?? String(gid);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`dovecot exited (${child.exitCode}):\n${log()}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`dovecot did not listen on ${port} within 15 s:\n${log()}`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Puts raw messages into a mailbox of the test server, as a mail client would (IMAP APPEND). */
export async function appendMessages(
  server: Dovecot,
  messages: readonly Buffer[],
  mailbox = 'INBOX',
): Promise<void> {
  const client = new ImapFlow({
    host: server.host,
    port: server.port,
    secure: false,
    auth: { user: server.user, pass: server.password },
    logger: false,
  });
  await client.connect();
  for (const raw of messages) await client.append(mailbox, raw);
  await client.logout();
}
