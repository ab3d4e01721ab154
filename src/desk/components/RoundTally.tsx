/** The round in one line: who sent, on time or late, who has not, what could not be read. */
import type { DeskSnapshot } from '../protocol.ts';

export function tallyText({ tally, settings, missing, units }: DeskSnapshot): string {
  const rosterSize = settings.roster.length;
  const offRoster = rosterSize
    ? units.filter((unit) => unit.kept && unit.rosterName === null).length
    : 0;
  const parts = [
    rosterSize ? `Đã nộp ${rosterSize - missing.length}/${rosterSize}` : `Đã nộp ${tally.sent}`,
    `đúng hạn ${tally.onTime}`,
    `muộn ${tally.late}`,
    `chưa ghi ngày ${tally.undated}`,
  ];
  if (rosterSize) parts.push(`chưa nộp ${tally.missing}`);
  if (offRoster) parts.push(`ngoài danh sách ${offRoster}`);
  parts.push(`tệp không đọc được ${tally.unreadable}`);
  if (tally.setAside) parts.push(`bản trùng không dùng ${tally.setAside}`);
  return parts.join(' · ');
}

export function RoundTally({ round }: { round: DeskSnapshot }) {
  return (
    <p class="desk-tally" data-testid="desk-tally">
      {tallyText(round)}
      {round.settings.deadline === null && round.tally.sent > 0 && (
        <span class="desk-tally-note"> (chưa đặt hạn nộp nên chưa xét đúng hạn)</span>
      )}
    </p>
  );
}
