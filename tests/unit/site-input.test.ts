// "Add a site" takes one site: never a wildcard, a bare domain ending, or a country's shared ending.
import { describe, expect, it } from 'vitest';
import { siteHostProblem, typedHost } from '../../utils/site-input';

describe('siteHostProblem', () => {
  it.each(['*', '*.com', 'https://*.example.org/', 'com', 'co.uk', 'com.cn', 'exa*mple.org', '.com'])(
    'refuses %s as too broad',
    (text) => {
      expect(siteHostProblem(typedHost(text))).toBe('tooBroad');
    },
  );

  it.each([
    'example.org',
    'https://docs.example.org/guide',
    'blog.example.net/post',
    'bbc.co.uk',
    'localhost',
    '192.168.1.20:8080',
  ])('takes %s as one site', (text) => {
    expect(siteHostProblem(typedHost(text))).toBeUndefined();
  });
});
