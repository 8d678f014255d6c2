import type { ComponentType, FunctionComponent } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A component whose code loads on first use, in a chunk of its own: screens only some users open (the chief judge's)
 * do not weigh on everyone's first load. The chunk is precached with the rest, so it also opens offline.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>): FunctionComponent<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<ComponentType<P>> | null = null;
  return function Lazy(props: P) {
    // Wrapped: useState would call a component passed as is, taking it for an initializer.
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    useEffect(() => {
      if (component) return;
      loading ??= load().then((c) => (loaded = c));
      void loading.then((c) => setComponent(() => c));
    }, [component]);
    const Loaded = component;
    return Loaded ? <Loaded {...props} /> : <p class="muted" aria-busy="true">…</p>;
  };
}
