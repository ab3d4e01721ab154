/**
 * "Mở tệp": a file picker that also takes a dropped file. Used to open a plan file as a new
 * draft and to pick a file to merge.
 */
import { useState } from 'preact/hooks';

export function FilePicker({
  id,
  label,
  hint,
  onFile,
}: {
  id: string;
  label: string;
  hint: string;
  onFile: (file: File) => void;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      class={`drop-zone${over ? ' drop-zone-over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer?.files[0];
        if (file) onFile(file);
      }}
    >
      <label for={id}>{label}</label>
      <p class="field-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) onFile(file);
          input.value = ''; // the same file can be picked again after fixing it
        }}
      />
    </div>
  );
}
