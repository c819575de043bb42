/**
 * Throwaway PostgreSQL clusters for the replication test: a primary made by `initdb`
 * and a hot standby made from it by `pg_basebackup -R`, each on a free port of
 * 127.0.0.1 (TCP only, no socket file), run as the `postgres` OS user from a temporary
 * folder that user owns, with a random superuser password. Needs root (to become
 * `postgres`) and the server binaries under `/usr/lib/postgresql/<version>/bin`.
 *
 * @module
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres, { type Sql } from 'postgres';

const PG_ROOT = '/usr/lib/postgresql';
const TOOLS = ['initdb', 'pg_ctl', 'pg_basebackup'];

/** The newest installed server's bin folder, or null. */
function binaries(): string | null {
  if (!existsSync(PG_ROOT)) return null;
  const versions = readdirSync(PG_ROOT)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  const found = versions
    .map((v) => join(PG_ROOT, v, 'bin'))
    .find((bin) => TOOLS.every((t) => existsSync(join(bin, t))));
  return found ?? null;
}

/** The uid and gid of the `postgres` OS user, or null when there is none. */
function postgresUser(): { uid: number; gid: number } | null {
  const uid = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' });
  const gid = spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' });
  if (uid.status !== 0 || gid.status !== 0) return null;
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Why clusters cannot be made here, or null when they can. */
export function clustersUnavailable(): string | null {
  if (process.platform !== 'linux') return 'the replication test runs on Linux only';
  if (process.getuid?.() !== 0) return 'not running as root (the clusters run as the postgres OS user)';
  if (binaries() === null) return `no PostgreSQL server binaries (${TOOLS.join(', ')}) under ${PG_ROOT}/*/bin`;
  if (postgresUser() === null) return 'no postgres OS user';
  return null;
}

/** A port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** One running cluster. */
export interface Cluster {
  port: number;
  dir: string;
  /** A superuser connection URL (for the test's own checks and setup). */
  superUrl: string;
  /** A superuser client (one connection), opened on first use. */
  admin(): Sql;
  stop(): void;
}

/** A primary and its replicas in one temporary folder; `close` stops them all and removes it. */
export class ClusterSet {
  readonly root: string;
  private readonly bin = binaries() as string;
  private readonly user = postgresUser() as { uid: number; gid: number };
  private readonly password = Array.from({ length: 24 }, () => Math.floor(Math.random() * 16).toString(16)).join('');
  private readonly clusters: Cluster[] = [];
  private readonly clients: Sql[] = [];

  constructor() {
    this.root = this.ownedFolder();
  }

  /** A folder the postgres user owns and can reach: under the temp folder, else under /tmp. */
  private ownedFolder(): string {
    for (const base of [tmpdir(), '/tmp']) {
      const dir = mkdtempSync(join(base, 'griffie-replica-'));
      chownSync(dir, this.user.uid, this.user.gid);
      if (this.as(['test', '-w', dir], dir).status === 0) return dir;
      rmSync(dir, { recursive: true, force: true });
    }
    throw new Error('no temporary folder the postgres user can write');
  }

  /** Run `argv` as the postgres user (the tools by name from the server's bin folder). */
  private as(argv: string[], cwd = this.root) {
    const [tool, ...args] = argv as [string, ...string[]];
    const command = TOOLS.includes(tool) ? join(this.bin, tool) : tool;
    return spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], {
      cwd,
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', PGPASSWORD: this.password, LC_ALL: 'C' },
    });
  }

  /** Run a tool as the postgres user, failing with its output when it fails. */
  private must(argv: string[]): void {
    const result = this.as(argv);
    if (result.status !== 0) {
      throw new Error(
        `${argv.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`,
      );
    }
  }

  /** A file written as root, then given to the postgres user. */
  private write(path: string, text: string, append = false): void {
    if (append) appendFileSync(path, text);
    else writeFileSync(path, text, { mode: 0o600 });
    chownSync(path, this.user.uid, this.user.gid);
  }

  private start(name: string, port: number): Cluster {
    const dir = join(this.root, name);
    this.must(['pg_ctl', '-D', dir, '-l', join(this.root, `${name}.log`), '-w', '-t', '60', 'start']);
    const superUrl = `postgres://postgres:${this.password}@127.0.0.1:${port}/postgres`;
    let client: Sql | null = null;
    const cluster: Cluster = {
      port,
      dir,
      superUrl,
      admin: () => {
        if (client === null) {
          client = postgres(superUrl, { max: 1, onnotice: () => {}, connect_timeout: 10 });
          this.clients.push(client);
        }
        return client;
      },
      stop: () => {
        this.as(['pg_ctl', '-D', dir, '-m', 'fast', '-w', '-t', '60', 'stop']);
      },
    };
    this.clusters.push(cluster);
    return cluster;
  }

  /** A new primary: WAL for replicas, password logins over TCP, replication from 127.0.0.1. */
  async primary(): Promise<Cluster> {
    const port = await freePort();
    const dir = join(this.root, 'primary');
    const pwfile = join(this.root, 'password');
    this.write(pwfile, `${this.password}\n`);
    this.must([
      'initdb',
      '-D',
      dir,
      '-U',
      'postgres',
      '--pwfile',
      pwfile,
      '-A',
      'scram-sha-256',
      '--no-locale',
      '-E',
      'UTF8',
    ]);
    rmSync(pwfile);
    this.write(
      join(dir, 'pg_hba.conf'),
      ['host all all 127.0.0.1/32 scram-sha-256', 'host replication all 127.0.0.1/32 scram-sha-256', ''].join('\n'),
    );
    this.write(
      join(dir, 'postgresql.conf'),
      [
        '',
        '# griffie replica test',
        `port = ${port}`,
        "listen_addresses = '127.0.0.1'",
        "unix_socket_directories = ''",
        'wal_level = replica',
        'max_wal_senders = 5',
        'hot_standby = on',
        'max_connections = 40',
        'shared_buffers = 32MB',
        'fsync = off',
        '',
      ].join('\n'),
      true,
    );
    return this.start('primary', port);
  }

  /** A hot standby streaming from `primary`, made by `pg_basebackup -R`. */
  async replica(primary: Cluster): Promise<Cluster> {
    const port = await freePort();
    const dir = join(this.root, 'replica');
    this.must([
      'pg_basebackup',
      '-h',
      '127.0.0.1',
      '-p',
      String(primary.port),
      '-U',
      'postgres',
      '-D',
      dir,
      '-R',
      '-X',
      'stream',
      '-c',
      'fast',
    ]);
    this.write(join(dir, 'postgresql.conf'), `\nport = ${port}\n`, true);
    return this.start('replica', port);
  }

  /** The server log of a cluster (`primary`, `replica`), for failure messages. */
  log(name: string): string {
    const result = spawnSync('tail', ['-n', '30', join(this.root, `${name}.log`)], { encoding: 'utf8' });
    return result.stdout ?? '';
  }

  /** Stop every cluster (replicas first) and remove the folder. */
  async close(): Promise<void> {
    await Promise.all(this.clients.map((c) => c.end({ timeout: 1 }).catch(() => {})));
    for (const cluster of [...this.clusters].reverse()) cluster.stop();
    rmSync(this.root, { recursive: true, force: true });
  }
}
