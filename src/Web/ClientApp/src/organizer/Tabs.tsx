import { go } from '../shared/route';

/** Tabs are hash routes, so a reload or a shared link opens the same tab. */
export function Tabs({ base, current, tabs }: { base: string[]; current: string; tabs: [string, string][] }) {
  return (
    <nav class="tabs" role="tablist">
      {tabs.map(([id, label]) => (
        <button key={id} role="tab" aria-selected={id === current} class={id === current ? 'active' : ''} onClick={() => go(...base, id)}>
          {label}
        </button>
      ))}
    </nav>
  );
}
