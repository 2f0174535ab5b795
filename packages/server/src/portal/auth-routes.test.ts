import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  createTenant,
  type Database,
  FREE_FAILURES,
  settingsRepository,
  tenantByName,
  tenantHandle,
  userRepository,
} from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { buildApp } from '../app.js';
import { setupToken } from '../auth/setup-token.js';

const PASSWORD = 'correct horse';
const ATTACKER = '203.0.113.7';
const ELSEWHERE = '198.51.100.4';

forEachDatabase('log-in security', (ctx) => {
  let db: Database;
  let app: FastifyInstance;
  const call = (options: InjectOptions & { token?: string | undefined; host?: string; from?: string }) => {
    const { token, host = 'localhost', from = '127.0.0.1', headers = {}, ...rest } = options;
    return app.inject({
      ...rest,
      remoteAddress: from,
      headers: { host, ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
    });
  };
  const signup = (
    payload: Record<string, string>,
    options: { host?: string; from?: string; headers?: Record<string, string> } = {},
  ) =>
    call({
      method: 'POST',
      url: '/api/v1/auth/signup/',
      payload: { password: PASSWORD, ...payload },
      ...options,
    });
  const login = (username: string, password: string, from = '127.0.0.1') =>
    call({ method: 'POST', url: '/api/v1/auth/token/', payload: { username, password }, from });
  const refresh = (token: string) =>
    call({ method: 'POST', url: '/api/v1/auth/token/refresh/', payload: { refresh: token } });
  const whoAmI = (token: string) => call({ method: 'GET', url: '/api/v1/auth/user/', token });

  before(async () => {
    db = await ctx.db();
    await createTenant(db, { name: 'acme', domains: ['acme.example.com'] });
    app = await buildApp({ db, bodyLimitBytes: 1024 * 1024 }, { role: 'portal' });
  });
  after(() => app.close());

  test('a tenant without users is not taken by the first anonymous sign-up from elsewhere', async () => {
    const remote = await signup({ username: 'mallory' }, { from: ATTACKER });
    assert.equal(remote.statusCode, 403, remote.body);
    assert.match(remote.json().error.message, /setup link .* perfanalysis user create --tenant default/);
    const proxied = await signup({ username: 'mallory' }, { headers: { 'x-forwarded-for': ATTACKER } });
    assert.equal(
      proxied.statusCode,
      403,
      'a loopback connection that forwards for someone else is not local',
    );
    const forged = await signup({ username: 'mallory', setup_token: 'guessed' }, { from: ATTACKER });
    assert.equal(forged.statusCode, 403);
    const newTenant = await signup({ username: 'mallory' }, { host: 'acme.example.com', from: ATTACKER });
    assert.equal(newTenant.statusCode, 403, 'nor a newly created tenant');
  });

  test('the setup token makes the first admin from anywhere, once', async () => {
    const acme = await tenantByName(db, 'acme');
    assert.ok(acme);
    const token = await setupToken(tenantHandle(db, acme));
    const first = await signup(
      { username: 'ada', setup_token: token },
      { host: 'acme.example.com', from: ELSEWHERE },
    );
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().user.role, 'admin');
    const again = await signup(
      { username: 'eve', setup_token: token },
      { host: 'acme.example.com', from: ELSEWHERE },
    );
    assert.equal(again.statusCode, 403, 'sign-up is closed, and the token is used up');
  });

  test('from this machine the first sign-up is the admin; usernames are one regardless of case', async () => {
    const first = await signup({ username: 'Alice' });
    assert.equal(first.statusCode, 201, first.body);
    assert.equal(first.json().user.role, 'admin');
    const open = await call({
      method: 'PUT',
      url: '/api/v1/settings/',
      token: first.json().access,
      payload: { signup_role: 'viewer' },
    });
    assert.equal(open.statusCode, 200);
    assert.equal((await signup({ username: 'alice' }, { from: ELSEWHERE })).statusCode, 409);
    const victor = await signup({ username: 'victor' }, { from: ELSEWHERE });
    assert.equal(victor.json().user.role, 'viewer', 'later sign-ups get the role the admin opened it to');
    const anyCase = await login('ALICE', PASSWORD);
    assert.equal(anyCase.statusCode, 200, anyCase.body);
    assert.equal((await whoAmI(anyCase.json().access)).json().username, 'Alice');
  });

  test('100 wrong passwords at once from one address: exactly the free ones are checked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 100 }, () => login('victor', 'wrong password', ATTACKER)),
    );
    const statuses = answers.map((a) => a.statusCode);
    assert.equal(statuses.filter((s) => s === 401).length, FREE_FAILURES.accountAtAddress);
    assert.equal(statuses.filter((s) => s === 429).length, 100 - FREE_FAILURES.accountAtAddress);
    assert.ok(Number(answers.find((a) => a.statusCode === 429)?.headers['retry-after']) > 0);
    assert.equal((await login('victor', PASSWORD, ATTACKER)).statusCode, 429, 'the attacker stays throttled');
    const user = await login('victor', PASSWORD, ELSEWHERE);
    assert.equal(user.statusCode, 200, 'the real user logs in from another address');
  });

  test("a password change ends the user's other sessions at once, access and refresh", async () => {
    const laptop = (await login('victor', PASSWORD, ELSEWHERE)).json();
    const phone = (await login('victor', PASSWORD, ELSEWHERE)).json();
    assert.equal((await whoAmI(phone.access)).statusCode, 200);
    const changed = await call({
      method: 'POST',
      url: '/api/v1/auth/password/',
      token: laptop.access,
      payload: { current_password: PASSWORD, new_password: 'battery staple' },
    });
    assert.equal(changed.statusCode, 200, changed.body);
    assert.equal((await whoAmI(phone.access)).statusCode, 401);
    assert.equal((await refresh(phone.refresh)).statusCode, 401);
    assert.equal((await whoAmI(laptop.access)).statusCode, 401, "the changer's old session ended too");
    assert.equal((await whoAmI(changed.json().access)).statusCode, 200, 'the changer goes on in a new one');
    assert.equal((await login('victor', PASSWORD, ELSEWHERE)).statusCode, 401);
  });

  test('a refresh token works once; a second client reusing it ends the session for both', async () => {
    const session = (await login('victor', 'battery staple', ELSEWHERE)).json();
    const first = await refresh(session.refresh);
    assert.equal(first.statusCode, 200, first.body);
    const thief = await refresh(session.refresh);
    assert.equal(thief.statusCode, 401);
    assert.equal((await refresh(first.json().refresh)).statusCode, 401, 'the rotated token is dead too');
    assert.equal((await whoAmI(first.json().access)).statusCode, 401);
    const chain = (await login('victor', 'battery staple', ELSEWHERE)).json();
    let current = chain.refresh;
    for (let i = 0; i < 3; i++) {
      const next = await refresh(current);
      assert.equal(next.statusCode, 200, 'each rotated token works once');
      current = next.json().refresh;
    }
  });

  test('log out ends this session; log out everywhere ends them all', async () => {
    const a = (await login('victor', 'battery staple', ELSEWHERE)).json();
    const b = (await login('victor', 'battery staple', ELSEWHERE)).json();
    const c = (await login('victor', 'battery staple', ELSEWHERE)).json();
    assert.equal(
      (await call({ method: 'POST', url: '/api/v1/auth/logout/', token: a.access })).statusCode,
      204,
    );
    assert.equal((await whoAmI(a.access)).statusCode, 401);
    assert.equal((await whoAmI(b.access)).statusCode, 200);
    const everywhere = await call({
      method: 'POST',
      url: '/api/v1/auth/logout/?everywhere=true',
      token: b.access,
    });
    assert.equal(everywhere.statusCode, 204);
    assert.equal((await whoAmI(c.access)).statusCode, 401);
    assert.equal((await refresh(c.refresh)).statusCode, 401);
  });

  test('GET signup says whether sign-up is open, for the tenant asked and no other', async () => {
    await createTenant(db, { name: 'globex', domains: ['globex.example.com'] });
    const status = async (host: string) =>
      (await call({ method: 'GET', url: '/api/v1/auth/signup/', host, from: ELSEWHERE })).json().open;
    assert.equal(await status('globex.example.com'), true, 'no users yet: its first admin may sign up');
    const tenant = await tenantByName(db, 'globex');
    assert.ok(tenant);
    const globex = tenantHandle(db, tenant);
    await userRepository(globex).create({ username: 'gina', email: null, passwordHash: 'x', role: 'admin' });
    assert.equal(await status('globex.example.com'), false, 'it has users and sign-up is not open');
    await settingsRepository(globex).set('signup_role', 'viewer');
    assert.equal(await status('globex.example.com'), true, 'its admin opened it');
    await settingsRepository(globex).set('signup_role', null);
    assert.equal(await status('globex.example.com'), false, 'and closed it again');
    assert.equal(await status('localhost'), true, 'the default tenant keeps its own setting (opened above)');
    const unknown = await call({ method: 'GET', url: '/api/v1/auth/signup/', host: 'nobody.example.com' });
    assert.equal(unknown.statusCode, 404, unknown.body);
  });
});
