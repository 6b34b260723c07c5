// Types the `chrome.runtime.MessageSender` that @webext-core/messaging names (it expects @types/chrome) with WXT's own browser types, so message senders are not `any`.
import type { Browser } from 'wxt/browser';

declare global {
  namespace chrome.runtime {
    type MessageSender = Browser.runtime.MessageSender;
  }
}
