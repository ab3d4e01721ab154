/**
 * The desk's service on the hot path: typing the round's name or who sends its documents is kept
 * without viewing the round again (no province matching, no table to draw), while the year and
 * the deadline, which the table shows, still view it. `viewRound` is counted through a spy.
 */
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as round from '../../../src/round/round.ts';
import { createDeskService } from '../../../src/desk/service.ts';
import { memoryStorage } from '../../../src/desk/storage.ts';

vi.mock('../../../src/round/round.ts', { spy: true });

const example = (id: string) =>
  new File(
    [readFileSync(new URL(`../../../content/examples/${id}.json`, import.meta.url))],
    `${id}.json`,
  );

describe('settings on the hot path', () => {
  let service: ReturnType<typeof createDeskService>;
  let storage: ReturnType<typeof memoryStorage>;

  beforeEach(async () => {
    storage = memoryStorage();
    service = createDeskService(storage);
    await service.open({ asOf: '2013-09-14' });
    await service.receive({
      files: [
        example('ubnd-tinh-mau-2013'),
        example('so-noi-vu-tinh-mau-2013'),
        example('bai-tap-so-giao-thong-van-tai-2013'),
      ],
    });
    vi.mocked(round.viewRound).mockClear();
  });

  it('keeps the name and the sender without viewing the round again', async () => {
    expect(await service.settings({ name: 'Kế hoạch CCHC năm 2013' })).toBeNull();
    expect(await service.settings({ sender: { name: 'Sở Nội vụ tỉnh Mẫu' } })).toBeNull();
    expect(round.viewRound).not.toHaveBeenCalled();
    // Still stored, and still what the downloads and the round file say.
    await service.flush();
    expect(storage.value).toMatchObject({
      name: 'Kế hoạch CCHC năm 2013',
      sender: { name: 'Sở Nội vụ tỉnh Mẫu' },
    });
    const exported = await service.exportRound();
    expect(JSON.parse(exported.text)).toMatchObject({ sender: { name: 'Sở Nội vụ tỉnh Mẫu' } });
  });

  it('views the round again for the year and the deadline, which the table shows', async () => {
    const byYear = await service.settings({ planYear: 2014 });
    expect(byYear?.units.every((unit) => unit.otherYear)).toBe(true);
    const byDeadline = await service.settings({ deadline: '2012-12-25' });
    expect(byDeadline?.tally).toMatchObject({ onTime: 1, late: 1 });
    expect(round.viewRound).toHaveBeenCalledTimes(2);
    // The same year again changes nothing the table shows.
    expect(await service.settings({ planYear: 2014 })).toBeNull();
  });

  it('uses the sender in the summary and the letters', async () => {
    await service.settings({ sender: { name: 'Sở Nội vụ tỉnh Mẫu', signerName: 'Nguyễn Văn A' } });
    const summary = await service.download({ kind: 'summary-md', asOf: '2013-09-14' });
    expect(summary?.bytes).toContain('SỞ NỘI VỤ TỈNH MẪU');
    expect(summary?.bytes).toContain('Nguyễn Văn A');
  });
});
