// Where to go after login: only a path inside this app, never another origin.

export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  if (next.startsWith('/login')) return '/';
  return next;
}

export function loginPathFor(pathname: string, search = '', hash = ''): string {
  const target = `${pathname}${search}${hash}`;
  if (!target || target === '/' || pathname.startsWith('/login')) return '/login';
  return `/login?next=${encodeURIComponent(target)}`;
}
