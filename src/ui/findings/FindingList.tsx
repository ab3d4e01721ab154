/**
 * The checker's findings as a list: each with its severity, its message and the paragraph of the
 * guidance behind it. At a field the list says what is wrong there; in a summary each message is
 * also a link to where it can be put right.
 */
import { severityLabels, type Finding } from '../../plan/rules/types.ts';
import { href } from '../../site/paths.ts';

export function citationHref(finding: Finding): string {
  return href(`${finding.citation.page}/#${finding.citation.anchor}`);
}

/** Where a finding's link leads, and what following it does instead of loading the address. */
export interface FindingLink {
  href: string;
  onClick?: (event: MouseEvent) => void;
}

export function FindingList({
  findings,
  id,
  class: className,
  linkTo,
}: {
  findings: readonly Finding[];
  id?: string;
  class?: string;
  /** Makes each message a link (an error summary); its text then says where, too. */
  linkTo?: (finding: Finding) => FindingLink;
}) {
  return (
    <ul class={className} id={id}>
      {findings.map((finding) => {
        const link = linkTo?.(finding);
        // Beside a field, the paragraph opens in a new tab: the user is in the middle of a form.
        const citationTarget = link ? {} : { target: '_blank', rel: 'noopener' };
        return (
          <li class={`finding finding-${finding.severity}`}>
            <strong class="finding-severity">{severityLabels[finding.severity]}:</strong>{' '}
            {link ? (
              <a href={link.href} onClick={link.onClick}>
                {finding.where ? `${finding.where}: ` : ''}
                {finding.message}
              </a>
            ) : (
              finding.message
            )}{' '}
            <span class="finding-citation">
              (
              <a href={citationHref(finding)} {...citationTarget}>
                {finding.citation.label}
              </a>
              )
            </span>
          </li>
        );
      })}
    </ul>
  );
}
