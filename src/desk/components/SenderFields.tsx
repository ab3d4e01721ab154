/**
 * "Thông tin cơ quan gửi": who sends the summary and the letters, as the downloads print it
 * (src/export/round/). Left blank, the documents keep a blank for the clerk to fill in. Loaded
 * when first opened (RoundSettingsForm's `SenderDetails`).
 */
import type { RoundSender } from '../../round/round.ts';
import { TextField } from '../../ui/form/fields.tsx';
import type { EditAnswer } from '../../ui/form/refusal.ts';
import type { SenderField } from '../stores/desk.ts';

const fields: { field: SenderField; label: string; hint: string; width?: 'short' }[] = [
  {
    field: 'name',
    label: 'Cơ quan gửi',
    hint: 'Ví dụ: Sở Nội vụ tỉnh Mẫu. Để trống: “Sở Nội vụ”.',
  },
  { field: 'province', label: 'Tỉnh', hint: 'Tên tỉnh, không có chữ “tỉnh”. Ví dụ: Mẫu.' },
  { field: 'place', label: 'Địa danh', hint: 'Ghi ở dòng ngày tháng. Ví dụ: Mẫu Sơn.' },
  {
    field: 'abbreviation',
    label: 'Chữ viết tắt của cơ quan',
    hint: 'Trong số, ký hiệu văn bản. Ví dụ: SNV.',
    width: 'short',
  },
  { field: 'signerTitle', label: 'Chức vụ người ký', hint: 'Ví dụ: Giám đốc.' },
  { field: 'signerName', label: 'Người ký', hint: 'Họ và tên. Để trống để ký tay.' },
];

/** The store comes as props: importing it here would split it into a chunk of its own. */
export function SenderFields({
  sender,
  onInput,
}: {
  sender: Partial<RoundSender>;
  onInput: (field: SenderField, value: string) => EditAnswer;
}) {
  return (
    <fieldset>
      <legend class="visually-hidden">Thông tin cơ quan gửi</legend>
      <p class="field-hint">In trên báo cáo tổng hợp và phiếu góp ý; lưu cùng đợt tổng hợp.</p>
      <div class="desk-settings">
        {fields.map(({ field, label, hint, width }) => (
          <TextField
            key={field}
            path={`round.sender.${field}`}
            label={label}
            hint={hint}
            {...(width && { width })}
            value={sender[field] ?? ''}
            onInput={(value: string) => onInput(field, value)}
          />
        ))}
      </div>
    </fieldset>
  );
}
