import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { test } from 'node:test';
import {
  MonitorConfigError,
  parseMonitorConfig,
  postgresUrl,
  resolveMonitorSettings,
} from './monitor-config.js';

/** The seed's config.yaml, verbatim. */
const SEED_CONFIG = `# /etc/performance-monitor/config.yaml
database:
  host: localhost
  port: 5432
  database: monitoring
  user: monitor_user
  password_env: POSTGRES_PASSWORD

monitoring:
  table_name: performance_metrics
  capacity: 50000
  node_name: "{{ ansible_hostname }}"
  master: false
  
  intervals:
    node_seconds: 5
    container_seconds: 2
    
  containers:
    - web-server
    - database
    - cache

logging:
  level: INFO
  file: /var/log/performance-monitor.log
`;

test("the seed's config.yaml: every setting read, the password from the variable it names", () => {
  const file = parseMonitorConfig(SEED_CONFIG);
  const settings = resolveMonitorSettings({}, file, { POSTGRES_PASSWORD: 's3cret/:@' });
  assert.deepEqual(settings, {
    databaseUrl: 'postgres://monitor_user:s3cret%2F%3A%40@localhost:5432/monitoring',
    tableName: 'performance_metrics',
    capacity: 50000,
    master: false,
    // An Ansible template copied unrendered: the host name, as the template meant.
    nodeName: hostname(),
    containers: ['web-server', 'database', 'cache'],
    nodeIntervalSeconds: 5,
    containerIntervalSeconds: 2,
    samples: undefined,
  });
});

test('flags override the file', () => {
  const file = parseMonitorConfig(SEED_CONFIG);
  const settings = resolveMonitorSettings(
    {
      host: 'db.example.com',
      port: '6432',
      user: 'me',
      password: 'pw',
      table: 'ring',
      capacity: '100',
      master: true,
      nodeName: 'app-01',
      containers: ['api', 'api'],
      samples: '3',
      interval: '0.5',
    },
    file,
    { POSTGRES_PASSWORD: 'ignored' },
  );
  assert.deepEqual(settings, {
    databaseUrl: 'postgres://me:pw@db.example.com:6432/monitoring',
    tableName: 'ring',
    capacity: 100,
    master: true,
    nodeName: 'app-01',
    containers: ['api'],
    nodeIntervalSeconds: 0.5,
    containerIntervalSeconds: 0.5,
    samples: 3,
  });
});

test('without --host or --database: DATABASE_URL, else the embedded database; defaults', () => {
  const env = { DATABASE_URL: 'postgres://u@h/d' };
  assert.equal(resolveMonitorSettings({}, {}, env).databaseUrl, 'postgres://u@h/d');
  assert.equal(
    resolveMonitorSettings({ databaseUrl: 'postgres://x@y/z' }, {}, env).databaseUrl,
    'postgres://x@y/z',
  );
  const settings = resolveMonitorSettings({}, {}, {});
  assert.deepEqual(settings, {
    databaseUrl: undefined,
    tableName: 'monitor_samples_ring',
    capacity: undefined,
    master: false,
    nodeName: hostname(),
    containers: [],
    nodeIntervalSeconds: 5,
    containerIntervalSeconds: 5,
    samples: undefined,
  });
  assert.equal(
    resolveMonitorSettings({ database: 'monitoring' }, {}, { POSTGRES_PASSWORD: 'pw' }).databaseUrl,
    'postgres://:pw@localhost/monitoring',
  );
});

test('every problem is reported at once, named by its flag or key', () => {
  assert.throws(
    () =>
      resolveMonitorSettings(
        { capacity: '0', samples: '1.5', interval: 'soon', port: '99999', user: 'x' },
        {},
        {},
      ),
    (error: unknown) => {
      assert.ok(error instanceof MonitorConfigError);
      assert.deepEqual(error.problems, [
        '--port: "99999" must be a port number (1-65535)',
        '--capacity: "0" must be an integer from 1 to 2147483647',
        '--samples: "1.5" must be a whole number of samples, at least 1',
        '--interval: "soon" must be a number of seconds above 0',
        '--port, --user: only with --host or --database (a PostgreSQL server)',
      ]);
      return true;
    },
  );
  assert.throws(
    () =>
      parseMonitorConfig(
        'database:\n  hots: x\n  port: none\nmonitoring:\n  capacity: -1\n  master: yes please\n  containers: web\n',
        'my.yaml',
      ),
    (error: unknown) => {
      assert.ok(error instanceof MonitorConfigError);
      assert.deepEqual(error.problems, [
        'my.yaml: database.hots: unknown setting',
        'my.yaml: database.port: must be a port number (1-65535)',
        'my.yaml: monitoring.capacity: must be an integer from 1 to 2147483647',
        'my.yaml: monitoring.master: must be true or false',
        'my.yaml: monitoring.containers: must be a list of container names or ids',
      ]);
      return true;
    },
  );
  assert.throws(() => parseMonitorConfig('database: [1, 2'), /not valid YAML/);
  assert.deepEqual(parseMonitorConfig(''), {});
});

test('postgresUrl escapes every part', () => {
  assert.equal(
    postgresUrl({ host: '::1', port: 5432, database: 'my db', user: 'a@b', password: 'p w' }),
    'postgres://a%40b:p%20w@[::1]:5432/my%20db',
  );
  assert.equal(
    postgresUrl({ host: 'h', port: undefined, database: undefined, user: undefined, password: undefined }),
    'postgres://h',
  );
});
