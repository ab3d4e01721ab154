/**
 * Findings about a whole part of the data rather than one field ("no task for this area yet",
 * "no inspection plan"), at the top of the part they concern. The block takes focus when a link
 * leads here, so it has the id a link to its path focuses.
 */
import { useFormState } from '../form/context.ts';
import { fieldId } from '../form/ids.ts';
import { FindingList } from './FindingList.tsx';

export function SectionFindings({ path }: { path: string }) {
  const findings = useFormState().findingsAt(path);
  if (findings.length === 0) return null;
  return (
    <div class="section-findings" id={fieldId(path)} tabIndex={-1}>
      <FindingList findings={findings} class="field-findings" />
    </div>
  );
}
