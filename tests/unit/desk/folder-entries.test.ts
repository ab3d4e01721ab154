/**
 * A dropped folder read through a fake tree of FileSystemEntry objects: every file found, named
 * by its path, directories read batch after batch until an empty one, within a number of files
 * and a depth; a file the browser will not read is named, not fatal.
 */
import { describe, expect, it } from 'vitest';
import { readDroppedEntries } from '../../../src/desk/folder-entries.ts';
import { entry, type Tree } from './fake-entries.ts';

const plans = (count: number, prefix = 'ke-hoach') =>
  Object.fromEntries(
    Array.from({ length: count }, (_, i) => [
      `${prefix}-${String(i + 1).padStart(3, '0')}.json`,
      '{}',
    ]),
  );

describe('a dropped folder', () => {
  it('gives every file of every subfolder, named by its path, reading each folder in batches until an empty one', async () => {
    const calls: string[] = [];
    const root = entry(
      'dot-1',
      {
        ...plans(250),
        huyen: { 'a.json': '{"a":1}', sau: { 'b.zip': 'zip' } },
        'ghi-chu.txt': 'x',
      },
      100,
      calls,
    );
    const reading = await readDroppedEntries([root], { maxFiles: 2000, maxDepth: 8 });
    expect(reading.files).toHaveLength(253);
    expect(reading.files.map((file) => file.name)).toContain('dot-1/huyen/sau/b.zip');
    expect(reading.files.map((file) => file.name).slice(0, 2)).toEqual([
      'dot-1/ghi-chu.txt',
      'dot-1/huyen/a.json',
    ]);
    expect(await reading.files[1]!.file.text()).toBe('{"a":1}');
    // 252 entries at 100 a batch: three batches and the empty one that ends them.
    expect(calls.filter((name) => name === 'dot-1')).toHaveLength(4);
    expect(reading).toMatchObject({ overLimit: false, tooDeep: false, failed: [] });
  });

  it('keeps only the files asked for, and stops at the limit, saying so', async () => {
    const root = entry('dot-2', { ...plans(30), 'ghi-chu.txt': 'x' }, 7, []);
    const reading = await readDroppedEntries([root], {
      maxFiles: 25,
      maxDepth: 8,
      keep: (name) => name.endsWith('.json'),
    });
    expect(reading.files).toHaveLength(25);
    expect(reading.files.at(-1)!.name).toBe('dot-2/ke-hoach-025.json');
    expect(reading.overLimit).toBe(true);
    const exact = await readDroppedEntries([entry('dot-3', plans(25), 7, [])], {
      maxFiles: 25,
      maxDepth: 8,
    });
    expect(exact.overLimit).toBe(false);
  });

  it('leaves folders deeper than the limit, and names a file it could not read', async () => {
    const deep: Tree = { 'day.json': '{}' };
    let node = deep;
    for (let level = 1; level <= 12; level++) node = { [`muc-${level}`]: node };
    const root = entry('dot-4', { ...node, 'mat.json': new Error('NotFoundError') }, 100, []);
    const reading = await readDroppedEntries([root], { maxFiles: 2000, maxDepth: 8 });
    expect(reading.files).toEqual([]);
    expect(reading.tooDeep).toBe(true);
    expect(reading.failed).toEqual(['dot-4/mat.json']);
  });
});
