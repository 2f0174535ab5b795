import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseOsRelease } from './os-release.js';

test('NAME and VERSION_ID, quotes removed', () => {
  const text = [
    'PRETTY_NAME="Ubuntu 22.04.4 LTS"',
    'NAME="Ubuntu"',
    'VERSION_ID="22.04"',
    'VERSION="22.04.4 LTS (Jammy Jellyfish)"',
    'ID=ubuntu',
    '',
  ].join('\n');
  assert.deepEqual(parseOsRelease(text), { name: 'Ubuntu', version: '22.04' });
});

test('single quotes, unquoted values, comments and escapes', () => {
  const text = '# comment\nNAME=\'Fedora Linux\'\nVERSION_ID=40\nVARIANT="Say \\"hi\\""\n';
  assert.deepEqual(parseOsRelease(text), { name: 'Fedora Linux', version: '40' });
  assert.deepEqual(parseOsRelease('NAME="A \\"quoted\\" \\\\ name"\n'), {
    name: 'A "quoted" \\ name',
    version: '',
  });
});

test('PRETTY_NAME when NAME is missing; the os-release(5) default when both are', () => {
  assert.deepEqual(parseOsRelease('PRETTY_NAME="Debian GNU/Linux trixie/sid"\n'), {
    name: 'Debian GNU/Linux trixie/sid',
    version: '',
  });
  assert.deepEqual(parseOsRelease(''), { name: 'Linux', version: '' });
});
