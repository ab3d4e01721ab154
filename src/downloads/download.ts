/** Saving files to the user's computer. */
import { planFileName } from '../export/file-name.ts';
import type { Plan } from '../plan/schema.ts';

export function downloadBytes(name: string, bytes: BlobPart, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * A backup of the plan as a plan file, written without loading the exporters: it must work when
 * storage is failing and the connection may be gone too.
 */
export function downloadBackup(plan: Plan): void {
  downloadBytes(
    planFileName(plan, 'json'),
    `${JSON.stringify(plan, null, 2)}\n`,
    'application/json',
  );
}
