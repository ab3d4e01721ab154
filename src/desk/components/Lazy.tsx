/**
 * A part of the desk that loads when first shown (the unit's view, the sender's fields), so that
 * the page's start-up script stays within its budget; says so while it loads, and if it cannot.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../ui/banner/Banner.tsx';

export function Lazy<P extends object>({
  load,
  what,
  props,
}: {
  load: () => Promise<ComponentType<P>>;
  /** "phần xem đơn vị", for "Không tải được …". */
  what: string;
  props: P;
}) {
  const [View, setView] = useState<ComponentType<P> | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    load().then(
      (component) => setView(() => component),
      () => setFailed(true),
    );
    // Loaded once: `load` is a new function on every render of the caller.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (failed)
    return (
      <Banner
        kind="error"
        title={`Không tải được ${what}: có thể mất kết nối mạng. Hãy thử lại.`}
      />
    );
  return View ? <View {...props} /> : <p>Đang tải…</p>;
}
