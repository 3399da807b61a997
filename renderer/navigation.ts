import { useEffect, useState } from 'react';

export const SECTIONS = ['overview', 'initiatives', 'hearing', 'followup', 'staffing', 'meetings', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

/** The section and an optional sub-path (e.g. "initiatives/<id>") live in the URL hash, so a reload keeps the place. */
export interface Route {
  section: Section;
  rest: string;
}

export function parseRoute(hash: string): Route {
  const [head = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const section = (SECTIONS as readonly string[]).includes(head) ? (head as Section) : 'overview';
  return { section, rest: rest.map(decodeURIComponent).join('/') };
}

export function navigate(section: Section, rest = ''): void {
  window.location.hash = `/${section}${rest ? `/${rest.split('/').map(encodeURIComponent).join('/')}` : ''}`;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
