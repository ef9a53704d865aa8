// Where to send someone after signing up or in: only a path on this site, never another origin.

/** The path itself when it is a same-site path ("/rooms/grief?listen=1"), otherwise the fallback. */
export function sameSitePath(value: string | string[] | undefined | null, fallback: string): string {
  const candidate = Array.isArray(value) ? value[0] : value;
  if (!candidate || candidate.length > 500) return fallback;
  // "//host" and "/\\host" are other origins to a browser; control characters can hide either.
  if (!candidate.startsWith("/") || /^\/[/\\]/.test(candidate) || /[\\\u0000-\u001f\u007f]/.test(candidate))
    return fallback;
  try {
    const base = "http://same.invalid";
    const url = new URL(candidate, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
