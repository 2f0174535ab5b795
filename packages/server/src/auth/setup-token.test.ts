import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createTenant, tenantByName, tenantHandle, userRepository } from '@perfanalysis/storage';
import { forEachDatabase } from '@perfanalysis/storage/test-support/databases';
import { setupLinks, setupToken, useSetupToken } from './setup-token.js';

forEachDatabase('setup token', (ctx) => {
  test('serve links every tenant without users to a setup token, which works once', async () => {
    const db = await ctx.db();
    await createTenant(db, { name: 'acme', domains: ['acme.example.com'] });
    await createTenant(db, { name: 'bare' });
    const links = await setupLinks(db, 8000, 'localhost');
    assert.equal(links.length, 3);
    assert.match(
      links.join('\n'),
      /acme has no users: .* http:\/\/acme\.example\.com:8000\/signup\?setup=[\w-]{32} /,
    );
    assert.match(links.join('\n'), /bare has no users: .* http:\/\/localhost:8000\/signup\?setup=/);
    const acme = await tenantByName(db, 'acme');
    assert.ok(acme);
    const handle = tenantHandle(db, acme);
    const token = await setupToken(handle);
    assert.ok(
      links.some((line) => line.includes(token)),
      'a second process prints the same token',
    );
    assert.equal(await useSetupToken(handle, 'guess'), false);
    assert.equal(await useSetupToken(handle, token), true);
    assert.equal(await useSetupToken(handle, token), false);
    await userRepository(handle).create({ username: 'ada', passwordHash: 'x', role: 'admin' });
    assert.equal((await setupLinks(db, 8000, 'localhost')).length, 2);
  });
});
