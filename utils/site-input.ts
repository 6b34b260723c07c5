// Checks a site typed into "Add a site" before a permission is asked for: one site, never a wildcard or a whole domain ending.

/** Second-level labels that country domains sell under (`co.uk`, `com.cn`): such a pair is an ending, not a site. */
const sharedSecondLevels = new Set(['ac', 'co', 'com', 'edu', 'gov', 'net', 'org', 'ne', 'or', 'go']);

/**
 * Why a host cannot be granted as one site, or undefined when it can: `*`, `*.com` or a bare
 * ending (`com`, `co.uk`) would let TokenTag read every site under it.
 */
export function siteHostProblem(host: string): 'tooBroad' | undefined {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.some((label) => label.includes('*') || label === '')) return 'tooBroad';
  if (labels.length === 1) return host === 'localhost' ? undefined : 'tooBroad';
  // An IPv4 address is one machine.
  if (labels.length === 4 && labels.every((label) => /^\d{1,3}$/.test(label))) return undefined;
  if (labels.length === 2 && labels[1]!.length === 2 && sharedSecondLevels.has(labels[0]!)) return 'tooBroad';
  return undefined;
}

/** The host as typed (`*.com`, or `https://*` with a path), before a URL parser turns a wildcard into something else. */
export function typedHost(text: string): string {
  return text
    .trim()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '');
}
