/**
 * One editing tab per draft (`stores/tab-lock.ts`), over the Web Locks that Node provides as
 * browsers do: the lock is this tab's unless another holds it, can be taken over, and its loss is
 * reported so the tab turns read-only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acquireDraftLock, releaseDraftLock } from '../../../src/builder/stores/tab-lock.ts';

const lockName = (id: string) => `ke-hoach-cchc/draft/${id}`;

/** Another tab holding the draft's lock until `release` is called. */
async function otherTabHolds(id: string, options: LockOptions = {}) {
  let release!: () => void;
  let lost = false;
  const held = new Promise<void>((resolve) => {
    void navigator.locks
      .request(lockName(id), options, () => {
        resolve();
        return new Promise<void>((done) => (release = done));
      })
      .catch(() => {
        lost = true;
      });
  });
  await held;
  return { release: () => release(), lost: () => lost };
}

const holder = async (id: string) =>
  (await navigator.locks.query()).held?.some((lock) => lock.name === lockName(id)) ?? false;

afterEach(() => releaseDraftLock());

describe('the draft lock', () => {
  it('is this tab’s when nobody holds it, until it lets go', async () => {
    expect(await acquireDraftLock('lock-a', { onLost: () => {} })).toBe(true);
    expect(await holder('lock-a')).toBe(true);
    releaseDraftLock();
    await vi.waitFor(async () => expect(await holder('lock-a')).toBe(false));
  });

  it('is refused while another tab holds it, and taken over on request', async () => {
    const other = await otherTabHolds('lock-b');
    expect(await acquireDraftLock('lock-b', { onLost: () => {} })).toBe(false);
    expect(await acquireDraftLock('lock-b', { steal: true, onLost: () => {} })).toBe(true);
    await vi.waitFor(() => expect(other.lost()).toBe(true));
  });

  it('tells this tab when another takes it over', async () => {
    const onLost = vi.fn();
    expect(await acquireDraftLock('lock-c', { onLost })).toBe(true);
    const other = await otherTabHolds('lock-c', { steal: true });
    await vi.waitFor(() => expect(onLost).toHaveBeenCalledOnce());
    other.release();
  });

  it('is let go of when this tab opens another draft', async () => {
    await acquireDraftLock('lock-d', { onLost: () => {} });
    await acquireDraftLock('lock-e', { onLost: () => {} });
    await vi.waitFor(async () => expect(await holder('lock-d')).toBe(false));
    expect(await holder('lock-e')).toBe(true);
  });
});
