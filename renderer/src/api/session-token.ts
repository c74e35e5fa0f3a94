const STORAGE_KEY = 'rapport.token';

/**
 * The web shell prints an address with `?token=…`; every request must carry it. It is kept in
 * sessionStorage so a reload still works, and removed from the address bar so it does not end up
 * in screenshots or bookmarks.
 */
export function sessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return window.sessionStorage.getItem(STORAGE_KEY);
}
