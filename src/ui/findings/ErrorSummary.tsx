/**
 * GOV.UK's error summary: a box at the top of the page that takes focus, with a title and the
 * problems, each linking to where it is put right. The live role sits on a child, not on the box
 * that takes focus: with both on one element, screen readers race between announcing the focus
 * and the alert, and may read it twice or cut it short.
 */
import type { ComponentChildren, Ref } from 'preact';

export function ErrorSummary({
  title,
  titleId,
  headingLevel = 2,
  hasErrors = true,
  class: className,
  summaryRef,
  children,
}: {
  title: ComponentChildren;
  titleId: string;
  headingLevel?: 2 | 3;
  /** Without errors the box says so calmly: a status, not an alert. */
  hasErrors?: boolean;
  class?: string;
  /** The box, for the page to focus once the summary is ready. */
  summaryRef?: Ref<HTMLDivElement>;
  children?: ComponentChildren;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div
      class={`error-summary ${hasErrors ? 'has-errors' : 'no-errors'}${className ? ` ${className}` : ''}`}
      tabIndex={-1}
      ref={summaryRef}
    >
      <div role={hasErrors ? 'alert' : 'status'} aria-labelledby={titleId}>
        <Heading id={titleId} class="error-summary-title">
          {title}
        </Heading>
        {children}
      </div>
    </div>
  );
}
