/**
 * Files in: plans picked (many at once) or dropped, a whole folder picked or dropped, or .zip
 * archives of them. Reading and checking happen in the worker; the progress shows above
 * (`JobProgress`). A dropped folder is read here, through the drop's entries (folder-entries.ts).
 */
import { useStore } from '@nanostores/preact';
import { FileDrop } from '../../ui/file-drop/FileDrop.tsx';
import { $job, receive, receiveFolder } from '../stores/desk.ts';

/** What a round reads: plan files, Word plans, archives of them, and old .doc files (to say why not). */
const roundFileTypes = '.json,.zip,.docx,.doc,application/json,application/zip';
const isRoundFileName = (name: string) => /\.(json|zip|docx?)$/i.test(name);
const isRoundFile = (file: File) => isRoundFileName(file.name);

/**
 * A drop that holds a folder: its entries are taken now (a drop's items are gone once the event
 * is over) and read after; a drop of files only is left to the zone, which judges them by name.
 */
function takeFolders(transfer: DataTransfer): boolean {
  const entries = Array.from(transfer.items ?? []).flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry?.() : null;
    return entry ? [entry] : [];
  });
  if (!entries.some((entry) => entry.isDirectory)) return false;
  void receiveFolder(entries, isRoundFileName);
  return true;
}

/** Not in Preact's types: the attribute that makes a file input pick a folder (every browser has it). */
const folderPicker = { webkitdirectory: true } as Record<string, boolean>;

export function ReceiveFiles() {
  const busy = useStore($job) !== null;
  return (
    <section class="desk-section" aria-labelledby="nhan-tep">
      <h2 id="nhan-tep">Nhận kế hoạch của các đơn vị</h2>
      <p>
        Tệp được đọc và kiểm tra ngay trên máy này, không gửi đi đâu. Tệp không đọc được vẫn được
        ghi lại kèm lý do, các tệp khác vẫn được nhận.
      </p>
      <div class="desk-receive">
        <FileDrop
          id="chon-tep-ke-hoach"
          label="Chọn các tệp kế hoạch"
          hint="Chọn nhiều tệp .json hoặc Word .docx cùng lúc, hoặc tệp nén .zip chứa các tệp đó; có thể kéo thả tệp hoặc cả thư mục vào đây."
          accept={roundFileTypes}
          multiple
          onFiles={(files) => void receive(files)}
          onDropTransfer={takeFolders}
        />
        <div class="drop-zone desk-folder">
          <label for="chon-thu-muc">Chọn cả thư mục</label>
          <p class="field-hint" id="chon-thu-muc-hint">
            Mọi tệp .json, .docx, .zip trong thư mục (và các thư mục con) được nhận; tệp loại khác
            được bỏ qua.
          </p>
          <input
            id="chon-thu-muc"
            type="file"
            multiple
            {...folderPicker}
            aria-describedby="chon-thu-muc-hint"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const files = Array.from(input.files ?? []).filter(isRoundFile);
              input.value = '';
              void receive(files);
            }}
          />
        </div>
      </div>
    </section>
  );
}
