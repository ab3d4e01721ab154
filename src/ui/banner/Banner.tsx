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
  /** What the user can do: buttons or links, after the problems. */
  children?: ComponentChildren;
}

/**
 * Errors and warnings come after something the user did and interrupt (`alert`); information is
 * announced politely (`status`).
 */
export function Banner({ kind, title, problems, children }: BannerProps) {
  return (
    <div class={`banner banner-${kind}`} role={kind === 'info' ? 'status' : 'alert'}>
      <p>{title}</p>
      {problems?.length ? (
        <ul>
          {problems.map((problem) => (
            <li>{problem}</li>
          ))}
        </ul>
      ) : null}
      {children}
    </div>
  );
}
