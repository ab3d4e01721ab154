/**
 * One editing tab per draft. A tab that opens a draft asks for a Web Lock named after it; if
 * another tab holds it, this tab shows the draft read-only and may take over explicitly. The
 * revision check in `drafts.ts` guards browsers without Web Locks and the moment of a take-over.
 */
type Release = () => void;

let held: { name: string; release: Release } | undefined;

const lockName = (draftId: string) => `ke-hoach-cchc/draft/${draftId}`;

/**
 * Asks for the draft's lock. Resolves true when this tab may edit; `onLost` runs if another tab
 * takes the lock over later.
 */
export async function acquireDraftLock(
  draftId: string,
  { steal = false, onLost }: { steal?: boolean; onLost: () => void },
): Promise<boolean> {
  releaseDraftLock();
  const locks = globalThis.navigator?.locks;
  if (!locks) return true;
  const name = lockName(draftId);
  return new Promise<boolean>((resolve) => {
    const options: LockOptions = steal ? { steal: true } : { ifAvailable: true };
    locks
      .request(name, options, (lock) => {
        if (!lock) {
          resolve(false);
          return undefined;
        }
        resolve(true);
        // Hold the lock until this tab lets go of the draft.
        return new Promise<void>((release) => {
          held = { name, release };
        });
      })
      .catch(() => {
        // The lock was taken over by another tab ("Sửa ở thẻ này" there).
        if (held?.name === name) {
          held = undefined;
          onLost();
        }
      });
  });
}

export function releaseDraftLock(): void {
  held?.release();
  held = undefined;
}
