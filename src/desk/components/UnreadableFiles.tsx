/** Files that are no plan the reader accepts, each with its reason: the round went on without them. */
import type { DeskUnreadable } from '../protocol.ts';

export function UnreadableFiles({ files }: { files: readonly DeskUnreadable[] }) {
  if (files.length === 0) return null;
  return (
    <section class="desk-section" aria-labelledby="tep-khong-doc-duoc">
      <h2 id="tep-khong-doc-duoc">Tệp không đọc được ({files.length})</h2>
      <ul class="desk-unreadable">
        {files.map((file) => (
          <li key={file.id}>
            <strong class="desk-unreadable-name">{file.file}</strong>: {file.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
