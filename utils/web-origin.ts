// A page's web origin and the pattern a user grants for it: small enough for the content script to carry.

/** The URL, or undefined for text that is not one. */
export function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A web page's origin: its host, and the pattern a user grants for it (`https://example.org/*`). */
export interface WebOrigin {
  host: string;
  pattern: string;
}

/** The origin of an http(s) page, or undefined for anything else (browser pages, files, non-URLs). */
export function webOrigin(url: string): WebOrigin | undefined {
  const parsed = parseUrl(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return undefined;
  return { host: parsed.hostname, pattern: `${parsed.protocol}//${parsed.hostname}/*` };
}

/** The origin pattern a user grants for a page (`https://example.org/*`), or undefined for non-web pages. */
export function originPattern(url: string): string | undefined {
  return webOrigin(url)?.pattern;
}

/** A site the user typed (`example.org`, `https://example.org/docs`) as a page address and its origin. */
export function siteAddress(text: string): (WebOrigin & { url: string }) | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const url = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const origin = webOrigin(url);
  return origin && { ...origin, url };
}
