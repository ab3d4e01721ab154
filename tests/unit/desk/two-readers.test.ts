/**
 * A large arrival is read half by the desk's worker and half by its reader worker (here a helper
 * run in process): the round gets every file in the order picked, the progress counts each file
 * once, and a helper that fails leaves its half to the desk, nothing lost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readReceived } from '../../../src/desk/read-files.ts';
import { createDeskService, type HelperReader } from '../../../src/desk/service.ts';
import { memoryStorage } from '../../../src/desk/storage.ts';

const plan = readFileSync(
  new URL('../../../content/examples/so-noi-vu-tinh-mau-2013.json', import.meta.url),
);
const files = Array.from({ length: 11 }, (_, i) =>
  i === 7
    ? new File(['không phải JSON'], `hong-${i + 1}.json`)
    : new File([plan], `so-${i + 1}.json`),
);
const names = files.map((file) => file.name);

async function receiveWith(helper: HelperReader) {
  const service = createDeskService(memoryStorage(), undefined, helper);
  await service.open({ asOf: '2013-09-14' });
  const progress: string[] = [];
  const snapshot = await service.receive({ files }, (done, total) =>
    progress.push(`${done}/${total}`),
  );
  const order = [...snapshot.units, ...snapshot.unreadable]
    .map((entry) => entry.file)
    .sort((a, b) => names.indexOf(a) - names.indexOf(b));
  return { snapshot, progress, order };
}

describe('two readers', () => {
  it('gives the helper the second half and keeps the order picked', async () => {
    const given: string[][] = [];
    const { snapshot, progress } = await receiveWith((theirs, onEach) => {
      given.push(theirs.map((file) => file.name));
      return readReceived(theirs, onEach);
    });
    expect(given).toEqual([names.slice(6)]);
    expect(snapshot.units.map((unit) => unit.file)).toEqual(
      names.filter((n) => n !== 'hong-8.json'),
    );
    expect(snapshot.unreadable.map((file) => file.file)).toEqual(['hong-8.json']);
    expect(progress.at(-1)).toBe('11/11');
    expect(progress).toHaveLength(12);
  });

  it('reads the helper’s half itself when the helper fails', async () => {
    const { snapshot, order, progress } = await receiveWith(async (theirs, onEach) => {
      onEach();
      throw new Error('reader worker failed to start');
    });
    expect(order).toEqual(names);
    expect(snapshot.units).toHaveLength(10);
    expect(progress.at(-1)).toBe('11/11');
  });
});
