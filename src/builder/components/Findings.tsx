import { useStore } from '@nanostores/preact';
import { severityLabels, type Finding } from '../../plan/rules/types.ts';
import { href } from '../../site/paths.ts';
import { $findingsByPath } from '../stores/checks.ts';

export function citationHref(finding: Finding): string {
  return href(`${finding.citation.page}/#${finding.citation.anchor}`);
}

/** The checker's findings about one field, shown beside it, each with the paragraph behind it. */
export function FieldFindings({ path, id }: { path: string; id: string }) {
  const findings = useStore($findingsByPath).get(path);
  if (!findings?.length) return null;
  return (
    <ul class="field-findings" id={id}>
      {findings.map((finding) => (
        <li class={`finding finding-${finding.severity}`}>
          <strong class="finding-severity">{severityLabels[finding.severity]}:</strong>{' '}
          {finding.message}{' '}
          <a href={citationHref(finding)} target="_blank" rel="noopener">
            {finding.citation.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function useHasFindings(path: string): boolean {
  return !!useStore($findingsByPath).get(path)?.length;
}
