// The popup's "This site" section: what it says on each kind of site, and the grant and revoke buttons.
// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SiteAccess } from '../../components/popup/SiteAccess';
import { resetStores } from './setup';

beforeEach(() => resetStores());

describe('SiteAccess', () => {
  it('says a vendor page is tagged by default, or that the user switched it off', () => {
    const { rerender } = render(
      <SiteAccess
        site={{ kind: 'default', host: 'openai.com', siteName: 'OpenAI', siteId: 'openai' }}
        disabledSites={[]}
        onGrant={vi.fn()}
        onRevoke={vi.fn()}
      />,
    );
    expect(screen.getByText('TokenTag tags model names on openai.com (OpenAI) by default.')).toBeTruthy();
    rerender(
      <SiteAccess
        site={{ kind: 'default', host: 'openai.com', siteName: 'OpenAI', siteId: 'openai' }}
        disabledSites={['openai']}
        onGrant={vi.fn()}
        onRevoke={vi.fn()}
      />,
    );
    expect(screen.getByText('You switched TokenTag off on openai.com.')).toBeTruthy();
  });

  it('asks for another site when the user clicks, and says so when refused', async () => {
    const onGrant = vi.fn(async () => false);
    render(
      <SiteAccess
        site={{ kind: 'off', host: 'example.org', pattern: 'https://example.org/*' }}
        disabledSites={[]}
        onGrant={onGrant}
        onRevoke={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run on example.org' }));
    expect(onGrant).toHaveBeenCalledWith('https://example.org/*');
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Not allowed: TokenTag stays off on example.org.'));
  });

  it('shows the browser’s error rather than failing silently', async () => {
    const onGrant = vi.fn(async () => {
      throw new Error('Permissions may only be requested from a user gesture');
    });
    render(
      <SiteAccess
        site={{ kind: 'off', host: 'example.org', pattern: 'https://example.org/*' }}
        disabledSites={[]}
        onGrant={onGrant}
        onRevoke={vi.fn()}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Run on example.org' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain('user gesture'));
  });

  it('offers to stop on a granted site', () => {
    const onRevoke = vi.fn(async () => undefined);
    render(
      <SiteAccess
        site={{ kind: 'granted', host: 'example.org', pattern: 'https://example.org/*' }}
        disabledSites={[]}
        onGrant={vi.fn()}
        onRevoke={onRevoke}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Stop running here' }));
    expect(onRevoke).toHaveBeenCalledWith('https://example.org/*');
  });

  it('says nothing on pages TokenTag cannot run on', () => {
    const { container } = render(
      <SiteAccess site={{ kind: 'unavailable' }} disabledSites={[]} onGrant={vi.fn()} onRevoke={vi.fn()} />,
    );
    expect(container.textContent).toBe('');
  });
});
