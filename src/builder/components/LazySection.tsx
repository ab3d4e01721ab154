/**
 * Loads a section's code when the user opens it, so that the builder starts with little
 * JavaScript. A failed load (a dropped connection) says so and offers to try again.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Banner } from '../../ui/banner/Banner.tsx';

export type SectionLoader<P> = () => Promise<ComponentType<P>>;

export function LazySection<P extends object>({
  load,
  props,
}: {
  load: SectionLoader<P>;
  props: P;
}) {
  // Kept with the loader it came from: when the same place shows another section (the Word
  // preview giving way to the draft list), the old component must not get the new one's props.
  const [Loaded, setLoaded] = useState<{
    load: SectionLoader<P>;
    component: ComponentType<P>;
  } | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    setFailed(false);
    load().then(
      (component) => current && setLoaded({ load, component }),
      () => current && setFailed(true),
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);
  if (failed) {
    return (
      <Banner
        kind="error"
        title="Không tải được phần này của công cụ. Hãy kiểm tra kết nối mạng rồi thử lại; bản nháp không bị ảnh hưởng."
      >
        <button type="button" onClick={() => setAttempt(attempt + 1)}>
          Thử lại
        </button>
      </Banner>
    );
  }
  if (!Loaded || Loaded.load !== load) return <p role="status">Đang tải…</p>;
  const Component = Loaded.component;
  return <Component {...props} />;
}
