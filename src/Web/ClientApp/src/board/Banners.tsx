import { useEffect, useState } from 'preact/hooks';
import type { PublicBanner } from '../shared/types';

/**
 * Announcements on a public page, above everything else on it. A banner that expires comes down at its time by this
 * page's clock, without waiting for the server to say so.
 */
export function Banners({ banners }: { banners: PublicBanner[] }) {
  const [now, setNow] = useState(Date.now());
  const shown = banners
    .filter((b, i) => banners.findIndex((o) => o.id === b.id) === i)
    .filter((b) => !b.expiresAt || Date.parse(b.expiresAt) > now);
  const nextExpiry = Math.min(...shown.map((b) => (b.expiresAt ? Date.parse(b.expiresAt) : Infinity)));

  useEffect(() => {
    if (!Number.isFinite(nextExpiry)) {
      return;
    }
    const timer = window.setTimeout(() => setNow(Date.now()), Math.max(0, nextExpiry - Date.now()) + 100);
    return () => window.clearTimeout(timer);
  }, [nextExpiry]);

  if (shown.length === 0) {
    return null;
  }
  return (
    <div class="banners" role="status" aria-live="polite" data-testid="banners">
      {shown.map((b) => (
        <p key={b.id} class="banner" data-testid="banner">
          {b.text}
        </p>
      ))}
    </div>
  );
}
