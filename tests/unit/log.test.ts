// The logger writes handled errors only when enabled, and errors always, each with its scope and context.
import { describe, expect, it, vi } from 'vitest';
import { createLogger, errorMessage } from '../../utils/log';

function recorder() {
  return { debug: vi.fn(), warn: vi.fn(), error: vi.fn() };
}

describe('createLogger', () => {
  it('is quiet for debug and warn while disabled, but always writes errors', () => {
    const sink = recorder();
    const log = createLogger({ scope: 'content', enabled: () => false, sink });
    log.debug('scan', 1);
    log.warn('report failed', new Error('gone'));
    log.error('cannot read settings', 'x');
    expect(sink.debug).not.toHaveBeenCalled();
    expect(sink.warn).not.toHaveBeenCalled();
    expect(sink.error).toHaveBeenCalledWith('[tokentag:content]', 'cannot read settings', 'x');
  });

  it('follows the enabled flag on every call', () => {
    const sink = recorder();
    let on = false;
    const log = createLogger({ scope: 'bg', enabled: () => on, sink });
    log.warn('first');
    on = true;
    log.warn('second', 42);
    expect(sink.warn).toHaveBeenCalledTimes(1);
    expect(sink.warn).toHaveBeenCalledWith('[tokentag:bg]', 'second', 42);
  });
});

describe('errorMessage', () => {
  it('reads errors and anything else thrown', () => {
    expect(errorMessage(new Error('boom'))).toBe('boom');
    expect(errorMessage('plain')).toBe('plain');
  });
});
