import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DOCKER_ID, HOST_NET_ID } from './cgroup-tree.test-support.js';
import { startDockerApi } from './docker-api.test-support.js';
import {
  containerListNames,
  DEFAULT_DOCKER_SOCKET,
  dockerApiLookup,
  dockerCliLookup,
  dockerEndpoint,
  dockerPsNames,
} from './docker-names.js';

const signal = new AbortController().signal;

async function withDir(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'pcc-docker-'));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('DOCKER_HOST: a unix socket (the default), plain tcp; TLS and ssh left to the docker command', () => {
  assert.deepEqual(dockerEndpoint(undefined), {
    socketPath: DEFAULT_DOCKER_SOCKET,
    label: 'unix:///var/run/docker.sock',
  });
  assert.deepEqual(dockerEndpoint('unix:///run/user/1000/docker.sock'), {
    socketPath: '/run/user/1000/docker.sock',
    label: 'unix:///run/user/1000/docker.sock',
  });
  assert.deepEqual(dockerEndpoint('tcp://10.0.0.5:2375'), {
    host: '10.0.0.5',
    port: 2375,
    label: 'tcp://10.0.0.5:2375',
  });
  assert.equal(dockerEndpoint('tcp://10.0.0.5:2376', '1'), undefined);
  assert.equal(dockerEndpoint('ssh://me@build-host'), undefined);
  assert.equal(dockerEndpoint('unix://'), undefined);
});

test('the Engine API on a unix socket: ids and names from GET /containers/json', async () => {
  await withDir(async (dir) => {
    const api = await startDockerApi(dir, [
      { id: DOCKER_ID, names: ['/web'] },
      { id: HOST_NET_ID, names: ['/metrics'] },
    ]);
    try {
      const names = await dockerApiLookup({ socketPath: api.socketPath, label: 'test' })(signal);
      assert.deepEqual(
        [...names],
        [
          [DOCKER_ID, 'web'],
          [HOST_NET_ID, 'metrics'],
        ],
      );
      assert.deepEqual(api.requests, ['GET /containers/json']);
      api.failWith = 500;
      await assert.rejects(
        dockerApiLookup({ socketPath: api.socketPath, label: 'unix:///x' })(signal),
        /unix:\/\/\/x answered 500 to GET \/containers\/json/,
      );
    } finally {
      await api.close();
    }
  });
});

test('no socket: the lookup fails quickly with the reason', async () => {
  await withDir(async (dir) => {
    const socketPath = join(dir, 'absent.sock');
    await assert.rejects(dockerApiLookup({ socketPath, label: 'unix://absent' })(signal), /absent: ENOENT/);
  });
});

test('names: without the slash; a legacy link alias is not the name; odd entries skipped', () => {
  assert.deepEqual(
    [
      ...containerListNames([
        { Id: 'a', Names: ['/app/db', '/db'] },
        { Id: 'b', Names: ['/web'] },
        { Id: 'c' },
        null,
        { Id: 7, Names: ['/x'] },
      ]),
    ],
    [
      ['a', 'db'],
      ['b', 'web'],
    ],
  );
  assert.throws(() => containerListNames({ message: 'page not found' }), /not an array/);
  assert.deepEqual(
    [...dockerPsNames(`${DOCKER_ID} web\n${HOST_NET_ID} db,app/db\n\n`)],
    [
      [DOCKER_ID, 'web'],
      [HOST_NET_ID, 'db'],
    ],
  );
});

test('the docker command: `docker ps --no-trunc` with the id and names', async () => {
  await withDir(async (dir) => {
    const command = join(dir, 'docker');
    writeFileSync(
      command,
      `#!/bin/sh\n[ "$*" = "ps --no-trunc --format {{.ID}} {{.Names}}" ] || { echo "bad args: $*" >&2; exit 2; }\n` +
        `echo "${DOCKER_ID} web"\n`,
    );
    chmodSync(command, 0o755);
    assert.deepEqual([...(await dockerCliLookup(command)(signal))], [[DOCKER_ID, 'web']]);

    writeFileSync(
      command,
      '#!/bin/sh\necho "Cannot connect to the Docker daemon at unix:///var/run/docker.sock." >&2\nexit 1\n',
    );
    await assert.rejects(dockerCliLookup(command)(signal), /docker ps: Cannot connect to the Docker daemon/);
    await assert.rejects(dockerCliLookup(join(dir, 'nope'))(signal), /nope ps: .*ENOENT/);
  });
});

const dockerCli = ((): boolean => {
  try {
    execFileSync('docker', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

test('the real docker command talks to the test API as to an engine, and pcc reads its answer', {
  skip: dockerCli ? false : 'no docker command on this machine',
}, async () => {
  await withDir(async (dir) => {
    const api = await startDockerApi(dir, [{ id: DOCKER_ID, names: ['/web'] }]);
    try {
      const env = {
        PATH: process.env.PATH,
        HOME: dir,
        DOCKER_CONFIG: dir,
        DOCKER_HOST: `unix://${api.socketPath}`,
      };
      assert.deepEqual([...(await dockerCliLookup('docker', env)(signal))], [[DOCKER_ID, 'web']]);
      assert.ok(
        api.requests.some((r) => /^GET \/v1\.\d+\/containers\/json/.test(r)),
        api.requests.join('\n'),
      );
    } finally {
      await api.close();
    }
  });
});
