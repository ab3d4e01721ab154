/**
 * A problem or a message that must stay in view until dealt with: a title, the problems one per
 * line, then what the user can do about them (children: buttons, links).
 */
import type { ComponentChildren } from 'preact';

export type BannerKind = 'error' | 'warning' | 'info';

export interface BannerProps {
  kind: BannerKind;
  /** The first paragraph: what happened and what it means for the user's work. */
  title: ComponentChildren;
  /** Each problem on its own line, in the words of whatever found it. */
  problems?: readonly ComponentChildren[];
  /**
   * How assistive technology hears it: errors and warnings interrupt (`alert`) by default, as
   * they appear after something the user did; information is read where it stands.
   */
  live?: 'alert' | 'status' | 'off';
  /** What the user can do: buttons or links, after the problems. */
  children?: ComponentChildren;
}

export function Banner({ kind, title, problems, live, children }: BannerProps) {
  const role = live ?? (kind === 'info' ? 'off' : 'alert');
  return (
    <div class={`banner banner-${kind}`} role={role === 'off' ? undefined : role}>
      <p>{title}</p>
      {problems && problems.length > 0 && (
        <ul>
          {problems.map((problem) => (
            <li>{problem}</li>
          ))}
        </ul>
      )}
      {children}
    </div>
  );
}
