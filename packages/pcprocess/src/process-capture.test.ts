import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { test } from 'node:test';
import { HOST_CSV_COLUMNS } from '@perfanalysis/shared';
import {
  captureLines,
  DB_ID,
  HEADER,
  WEB_ID,
  withTempDir,
  writeCapture,
} from './capture-fixture.test-support.js';
import { OUTPUT_FILES } from './csv-writers.js';
import { CaptureError } from './errors.js';
import { processCapture } from './process-capture.js';

const SEED_HOST_COLUMNS =
  'timestamp,cpu_user,cpu_system,cpu_iowait,cpu_idle,cpu_steal,mem_total,mem_used,mem_available,' +
  'mem_buffers,mem_cached,disk_read_bytes,disk_write_bytes,disk_read_ops,disk_write_ops,net_rx_bytes,' +
  'net_tx_bytes,net_rx_packets,net_tx_packets';

/** The rows of a CSV file, each split into fields (the fixture's values hold no quotes or commas). */
async function readCsv(path: string): Promise<string[][]> {
  const text = await readFile(path, 'utf8');
  assert.ok(text.endsWith('\n'), `${path} ends with a line feed`);
  return text
    .slice(0, -1)
    .split('\n')
    .map((line) => line.split(','));
}

async function run(
  dir: string,
  count: number,
): Promise<{ outdir: string; samples: number; files: string[] }> {
  const collection = await writeCapture(dir, 'capture.json', captureLines(count));
  const outdir = join(dir, 'csv');
  const result = await processCapture({ collection, outdir });
  return { outdir, samples: result.samples, files: [...result.files] };
}

test("host.csv starts with the seed's 19 columns, then the extras, and holds the derived values", async () => {
  await withTempDir(async (dir) => {
    const { outdir, samples } = await run(dir, 4);
    assert.equal(samples, 3);
    const [header, ...rows] = await readCsv(join(outdir, 'host.csv'));
    assert.equal(header?.slice(0, 19).join(','), SEED_HOST_COLUMNS);
    assert.deepEqual(header, HOST_CSV_COLUMNS);
    assert.equal(rows.length, 3);
    assert.equal(
      rows[0]?.slice(0, 19).join(','),
      '2024-01-01T00:00:01.000Z,30,10,5,50,5,8192,2048,6144,256,1024,1048576,524288,10,5,1000,500,10,5',
    );
    assert.equal(rows[2]?.[0], '2024-01-01T00:00:03.000Z');
    const value = (name: string): string | undefined => rows[0]?.[HOST_CSV_COLUMNS.indexOf(name)];
    assert.equal(value('ctx_switches'), '1000');
    assert.equal(value('disk_util'), '25');
    assert.equal(value('load_1m'), '0.5');
    assert.equal(value('temperature'), '46');
    assert.equal(value('net_rx_errors'), '0');
  });
});

test('per-device files: one row per device and sample, devices excluded by the filters left out', async () => {
  await withTempDir(async (dir) => {
    const { outdir } = await run(dir, 3);
    assert.deepEqual(await readCsv(join(outdir, 'cpus.csv')), [
      'timestamp,cpu,user,nice,system,idle,iowait,irq,softirq,steal,guest,guest_nice,mhz'.split(','),
      '2024-01-01T00:00:01.000Z,cpu0,30,0,10,50,5,0,0,5,0,0,2500.12'.split(','),
      '2024-01-01T00:00:01.000Z,cpu1,30,0,10,50,5,0,0,5,0,0,'.split(','),
      '2024-01-01T00:00:02.000Z,cpu0,30,0,10,50,5,0,0,5,0,0,2600.25'.split(','),
      '2024-01-01T00:00:02.000Z,cpu1,30,0,10,50,5,0,0,5,0,0,'.split(','),
    ]);
    const disks = await readCsv(join(outdir, 'disks.csv'));
    assert.deepEqual(disks.slice(0, 2), [
      'timestamp,device,read_bytes,write_bytes,read_ops,write_ops,util,await_ms'.split(','),
      '2024-01-01T00:00:01.000Z,sda,1048576,524288,10,5,25,1.67'.split(','),
    ]);
    assert.equal(disks.length, 3, 'sda1 and loop0 are not reported');
    assert.deepEqual(await readCsv(join(outdir, 'networks.csv')).then((rows) => rows.slice(0, 3)), [
      'timestamp,iface,rx_bytes,tx_bytes,rx_packets,tx_packets,rx_errors,tx_errors,rx_drops,tx_drops'.split(
        ',',
      ),
      '2024-01-01T00:00:01.000Z,lo,100,100,10,5,0,0,0,0'.split(','),
      '2024-01-01T00:00:01.000Z,eth0,1000,500,10,5,0,0,0,0'.split(','),
    ]);
    assert.deepEqual(await readCsv(join(outdir, 'filesystems.csv')).then((rows) => rows.slice(0, 2)), [
      'timestamp,mount,fstype,source,size_mb,used_mb,avail_mb,used_pct,inodes_total,inodes_used'.split(','),
      '2024-01-01T00:00:01.000Z,/,ext4,/dev/sda1,30720,10240,18432,35.71,1000,400'.split(','),
    ]);
    assert.deepEqual(await readCsv(join(outdir, 'temperatures.csv')), [
      ['timestamp', 'sensor', 'celsius'],
      ['2024-01-01T00:00:01.000Z', 'coretemp/Core 0', '46'],
      ['2024-01-01T00:00:02.000Z', 'coretemp/Core 0', '47'],
    ]);
  });
});

test('containers.csv: a row per container and sample, rates per second, an empty limit for none', async () => {
  await withTempDir(async (dir) => {
    const { outdir, files } = await run(dir, 4);
    assert.deepEqual(
      files,
      OUTPUT_FILES.map((name) => join(outdir, name)),
    );
    const rows = await readCsv(join(outdir, 'containers.csv'));
    assert.deepEqual(rows, [
      (
        'timestamp,container_id,container_name,cpu_percent,mem_usage_mb,mem_limit_mb,mem_rss_mb,mem_cache_mb,' +
        'mem_working_set_mb,blk_read_bytes,blk_write_bytes,blk_read_ops,blk_write_ops,net_rx_bytes,net_tx_bytes,' +
        'net_rx_packets,net_tx_packets,net_rx_errors,net_tx_errors,net_rx_drops,net_tx_drops,pids'
      ).split(','),
      `2024-01-01T00:00:01.000Z,${WEB_ID},web,50,256,512,128,64,224,1048576,524288,10,5,2000,1000,10,5,0,0,0,0,12`.split(
        ',',
      ),
      `2024-01-01T00:00:02.000Z,${WEB_ID},web,50,256,512,128,64,224,1048576,524288,10,5,2000,1000,10,5,0,0,0,0,12`.split(
        ',',
      ),
      // db appeared in the third snapshot: its first row comes with the fourth, when it has a rate.
      `2024-01-01T00:00:03.000Z,${WEB_ID},web,50,256,512,128,64,224,1048576,524288,10,5,2000,1000,10,5,0,0,0,0,12`.split(
        ',',
      ),
      `2024-01-01T00:00:03.000Z,${DB_ID},db,100,1024,,900,100,974,0,4096,0,1,500,500,10,5,0,0,0,0,30`.split(
        ',',
      ),
    ]);
    assert.deepEqual(JSON.parse(await readFile(join(outdir, 'container_names.json'), 'utf8')), {
      [WEB_ID]: 'web',
      [DB_ID]: 'db',
    });
    assert.deepEqual((await readdir(outdir)).sort(), [...OUTPUT_FILES].sort());
  });
});

test('a capture without containers: containers.csv has its header only and container_names.json is {}', async () => {
  await withTempDir(async (dir) => {
    const lines = captureLines(3)
      .split('\n')
      .map((line, i) =>
        i === 0 || line === '' ? line : JSON.stringify({ ...JSON.parse(line), containers: undefined }),
      );
    const collection = await writeCapture(dir, 'capture.json', lines.join('\n'));
    const outdir = join(dir, 'csv');
    await processCapture({ collection, outdir });
    assert.equal(
      await readFile(join(outdir, 'containers.csv'), 'utf8'),
      'timestamp,container_id,container_name,cpu_percent,mem_usage_mb,mem_limit_mb,mem_rss_mb,mem_cache_mb,' +
        'mem_working_set_mb,blk_read_bytes,blk_write_bytes,blk_read_ops,blk_write_ops,net_rx_bytes,net_tx_bytes,' +
        'net_rx_packets,net_tx_packets,net_rx_errors,net_tx_errors,net_rx_drops,net_tx_drops,pids\n',
    );
    assert.equal(await readFile(join(outdir, 'container_names.json'), 'utf8'), '{}\n');
  });
});

test('names holding commas or quotes are quoted in the CSV', async () => {
  await withTempDir(async (dir) => {
    const text = captureLines(2).replaceAll('coretemp/Core 0', 'zone \\"a\\", b');
    const collection = await writeCapture(dir, 'capture.json', text);
    const outdir = join(dir, 'csv');
    await processCapture({ collection, outdir });
    const lines = (await readFile(join(outdir, 'temperatures.csv'), 'utf8')).split('\n');
    assert.equal(lines[1], '2024-01-01T00:00:01.000Z,"zone ""a"", b",46');
  });
});

test('the result reports the header, the samples, skipped lines and progress', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'capture.json', `${captureLines(5)}{"time":`);
    const progress: [number, number, number][] = [];
    const result = await processCapture({
      collection,
      outdir: join(dir, 'out'),
      onProgress: (bytesRead, totalBytes, samples) => progress.push([bytesRead, totalBytes, samples]),
    });
    assert.deepEqual(result.header, HEADER);
    assert.equal(result.samples, 4);
    assert.equal(result.skippedLines, 1);
    const last = progress.at(-1);
    assert.ok(last);
    assert.equal(last[0], last[1]);
    assert.equal(last[2], 4);
  });
});

test('a malformed middle line leaves no output file and keeps earlier results', async () => {
  await withTempDir(async (dir) => {
    const lines = captureLines(6).split('\n');
    lines[4] = 'not json';
    const collection = await writeCapture(dir, 'capture.json', lines.join('\n'));
    const outdir = join(dir, 'csv');
    await mkdir(outdir);
    await writeFile(join(outdir, 'host.csv'), 'earlier results\n');
    await assert.rejects(processCapture({ collection, outdir }), (error: Error) => {
      assert.ok(error instanceof CaptureError);
      assert.match(error.message, /capture\.json, line 5: malformed JSON/);
      return true;
    });
    assert.deepEqual(await readdir(outdir), ['host.csv']);
    assert.equal(await readFile(join(outdir, 'host.csv'), 'utf8'), 'earlier results\n');
  });
});

test('a failed run removes the output directory it created', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'capture.json', `${captureLines(3)}x\n{}\n`);
    await assert.rejects(processCapture({ collection, outdir: join(dir, 'new', 'csv') }), /line 5/);
    assert.deepEqual((await readdir(dir)).sort(), ['capture.json']);
  });
});

test('a missing capture is an error and creates nothing', async () => {
  await withTempDir(async (dir) => {
    await assert.rejects(
      processCapture({ collection: join(dir, 'nope.json'), outdir: join(dir, 'csv') }),
      /nope\.json: no such file or directory/,
    );
    assert.deepEqual(await readdir(dir), []);
  });
});

test('an output directory that cannot be created is an error naming it', async () => {
  await withTempDir(async (dir) => {
    const collection = await writeCapture(dir, 'capture.json', captureLines(2));
    await assert.rejects(
      processCapture({ collection, outdir: join(collection, 'csv') }),
      /cannot create the output directory .*capture\.json\/csv/,
    );
  });
});

test('output larger than the write buffers is complete', async () => {
  await withTempDir(async (dir) => {
    const { outdir, samples } = await run(dir, 12_000);
    const host = await readFile(join(outdir, 'host.csv'), 'utf8');
    const rows = host.split('\n');
    assert.equal(rows.length, samples + 2);
    assert.ok(host.length > 1 << 20);
    assert.match(rows.at(-2) ?? '', /^2024-01-01T03:19:59\.000Z,30,10,5,50,5,/);
    const cpus = await readFile(join(outdir, 'cpus.csv'), 'utf8');
    assert.equal(cpus.split('\n').length, 2 * samples + 2);
  });
});
