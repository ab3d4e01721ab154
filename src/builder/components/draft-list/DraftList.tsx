/**
 * The builder's first page: start a plan, or pick up a saved draft. Every draft action is here:
 * open, rename, copy, copy as next year's plan, delete with undo; plus worked examples and any
 * saved data that could not be read, offered as a download.
 */
import { FileDrop } from '../../../ui/file-drop/FileDrop.tsx';
import { goToDraft } from './go-to-draft.ts';
import { planOrWordFileTypes } from '../../../drafts/plan-file.ts';
import { openPlanFile } from '../../stores/plan-files.ts';

import { ExampleList } from './ExampleList.tsx';
import { NewDraftForm } from './NewDraftForm.tsx';
import { SavedDrafts } from './SavedDrafts.tsx';
import { UnreadableData } from './UnreadableData.tsx';

export function DraftList() {
  return (
    <>
      <NewDraftForm />
      <section aria-labelledby="open-file-title" class="panel">
        <h2 id="open-file-title">Mở tệp kế hoạch</h2>
        <p>
          Mở một tệp kế hoạch (.json) đã tải về trước đây, hoặc kế hoạch soạn bằng Word (.docx),
          thành một bản nháp mới; các bản nháp đã có không thay đổi. Kế hoạch Word được đọc và cho
          xem trước khi tạo bản nháp.
        </p>
        <FileDrop
          id="open-file"
          label="Chọn tệp kế hoạch (.json hoặc .docx)"
          hint="Hoặc kéo thả tệp vào đây."
          accept={planOrWordFileTypes}
          onFiles={([file]) => void openPlanFile(file!).then(goToDraft)}
        />
      </section>
      <SavedDrafts />
      <UnreadableData />
      <ExampleList />
    </>
  );
}
