/**
 * A file picker that also takes files dropped on it: a real, labelled `<input type="file">`
 * (keyboard and screen readers use it as any other), inside a zone that accepts a drop.
 *
 * `accept` is the HTML attribute: the picker's dialog filters by it, and a file chosen past that
 * filter ("All files") is the user's explicit choice and is handed on, as the platform does, for
 * the caller to judge by its content. A drop has no dialog, so the zone applies the same list
 * itself and says which dropped files it did not take.
 */
import { useState } from 'preact/hooks';
import { chooseFiles, leftOutMessage } from './choose-files.ts';

export interface FileDropProps {
  id: string;
  label: string;
  hint: string;
  /** As the input's attribute: ".json,application/json", ".docx". */
  accept?: string;
  multiple?: boolean;
  /** Called with at least one file. */
  onFiles: (files: File[]) => void;
  /**
   * Offered the drop first (a dropped folder, which `files` cannot hold); true when it took it,
   * and the zone then leaves it alone.
   */
  onDropTransfer?: (transfer: DataTransfer) => boolean;
}

type DragState = 'idle' | 'over' | 'left';

export function FileDrop({
  id,
  label,
  hint,
  accept,
  multiple = false,
  onFiles,
  onDropTransfer,
}: FileDropProps) {
  const [drag, setDrag] = useState<DragState>('idle');
  const [message, setMessage] = useState<string | null>(null);
  const take = (files: File[]) => {
    setMessage(null);
    if (files.length) onFiles(files);
  };
  return (
    <div
      class={`drop-zone${drag === 'over' ? ' drop-zone-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setDrag('over');
      }}
      onDragLeave={(event) => {
        // Moving onto the label or the input inside the zone is not leaving it.
        const into = event.relatedTarget;
        if (into instanceof Node && event.currentTarget.contains(into)) return;
        setDrag('left');
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDrag('idle');
        if (event.dataTransfer && onDropTransfer?.(event.dataTransfer)) {
          setMessage(null);
          return;
        }
        const chosen = chooseFiles(Array.from(event.dataTransfer?.files ?? []), {
          accept,
          multiple,
        });
        take(chosen.taken);
        setMessage(leftOutMessage(chosen, accept));
      }}
    >
      <label for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          const files = Array.from(input.files ?? []);
          input.value = ''; // the same file can be picked again after fixing it
          take(files);
        }}
      />
      {message && (
        <p class="drop-zone-message" role="alert">
          {message}
        </p>
      )}
      {/* Dragging is announced, as GOV.UK's file upload does: the zone changes only visually. */}
      <p class="visually-hidden" aria-live="polite">
        {drag === 'over'
          ? 'Đang ở trên vùng thả tệp.'
          : drag === 'left'
            ? 'Đã rời vùng thả tệp.'
            : ''}
      </p>
    </div>
  );
}
