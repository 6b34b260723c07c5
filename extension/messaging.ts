// The one message protocol between the content script, the background and the extension pages, over `runtime`/`tabs` messaging.
import { browser, type Browser } from 'wxt/browser';
import { logger } from './log';
import type { PreparedDetector } from '../utils/detect';
import type { OfferList } from '../utils/offer-list';
import type { OfferRef } from '../utils/offers';
import type { PageModels } from '../utils/tab-models';
import type { TagView } from '../utils/tag-view';

export interface ProtocolMap {
  /** Content script → background: the detector for every spelling of every catalog model, built and packed, to unpack. */
  getDetectorSource(): PreparedDetector;
  /** Content script → background: whether the user switched TokenTag off on this page's default site. */
  isSiteEnabled(url: string): boolean;
  /** Content script → background: tag views for these mentions, in the user's settings, today. */
  describeModels(mentions: { modelId: string; known: boolean }[]): TagView[];
  /** Content script → background: the models named on the sender's page, replacing what it said before. */
  reportPageModels(report: PageModels): void;
  /** Content script → background: open the popup's comparison for a model, in a tab. */
  openComparison(modelId: string): void;
  /** Popup → background: what a tab's page names, or null when nothing was reported for it. */
  getTabModels(tabId: number): PageModels | null;
  /** Popup → background: run on this origin now that the user granted it (`https://example.org/*`). */
  enableSite(request: { origin: string; tabId?: number }): void;
  /** Background → content script: these origins were revoked; a page on one of them takes its tags out. */
  stopTagging(origins: string[]): void;
  /**
   * Content script → background: a model's offers ranked under the active workload, today, with
   * `keep` (the offer the asking tag shows) always among them; null for a model it lacks.
   */
  getOffers(request: { modelId: string; keep?: OfferRef }): OfferList | null;
  /** Content script → background: open the view comparing every seller's offer of a model (a card's "Cheapest way"). */
  openOffers(modelId: string): void;
  /** Content script → background: run the price card's script in the sender's frame (its isolated world), once the card is needed. */
  loadPriceCard(): void;
}

export type MessageType = keyof ProtocolMap;
export type MessageData<T extends MessageType> = Parameters<ProtocolMap[T]>[0];
export type MessageReturn<T extends MessageType> = ReturnType<ProtocolMap[T]>;

/** What a handler is given: the message's data and who sent it (`sender.tab` for a content script). */
export interface ReceivedMessage<T extends MessageType> {
  type: T;
  data: MessageData<T>;
  sender: Browser.runtime.MessageSender;
}

/** A message on the wire. `tokentag` marks it as ours: other senders' messages are not answered. */
interface WireMessage {
  tokentag: 1;
  type: MessageType;
  data: unknown;
}

/** A reply on the wire: the handler's result, or its error's name and message (an Error does not survive cloning). */
type WireReply = { res: unknown } | { err: { name: string; message: string } };

const isWireMessage = (message: unknown): message is WireMessage =>
  typeof message === 'object' && message !== null && (message as WireMessage).tokentag === 1;

/** The handler's error, as the sender's `sendMessage` throws it. */
function replyError(error: unknown): WireReply {
  return error instanceof Error
    ? { err: { name: error.name, message: error.message } }
    : { err: { name: 'Error', message: String(error) } };
}

/**
 * The other side went away while it was answering: its extension was reloaded or updated, or its
 * service worker stopped. Chrome says the message channel closed; Firefox, that the message manager
 * disconnected. The browser's own error is the `cause`.
 */
export class ChannelClosedError extends Error {}

const CHANNEL_CLOSED = /message channel closed|message manager disconnected/i;

/**
 * Nobody answered: no handler of the type in the other context, or (for a message to the background)
 * a background that went away during an extension reload before Chrome said so.
 */
export class NoAnswerError extends Error {}

/**
 * Sends a message to the background (and extension pages), or with `tabId` to that tab's content
 * script, and resolves to the handler's answer. Rejects with the handler's error, with
 * `NoAnswerError` when nobody answered, or with `ChannelClosedError` when the other side went away
 * before it answered.
 */
export async function sendMessage<T extends MessageType>(
  type: T,
  ...[data, tabId]: MessageData<T> extends undefined ? [data?: undefined, tabId?: number] : [data: MessageData<T>, tabId?: number]
): Promise<MessageReturn<T>> {
  const message: WireMessage = { tokentag: 1, type, data };
  let reply: WireReply | null | undefined;
  try {
    reply = await (tabId === undefined ? browser.runtime.sendMessage(message) : browser.tabs.sendMessage(tabId, message));
  } catch (error) {
    if (error instanceof Error && CHANNEL_CLOSED.test(error.message))
      throw new ChannelClosedError(`[messaging] "${type}" was not answered: the other side went away`, { cause: error });
    throw error;
  }
  if (reply === undefined || reply === null) throw new NoAnswerError(`[messaging] no answer to "${type}"`);
  if ('err' in reply) throw Object.assign(new Error(reply.err.message), { name: reply.err.name });
  return reply.res as MessageReturn<T>;
}

type Handler<T extends MessageType> = (message: ReceivedMessage<T>) => MessageReturn<T> | Promise<MessageReturn<T>>;

const log = logger('messaging');
const handlers = new Map<MessageType, Handler<MessageType>>();
let removeRootListener: (() => void) | undefined;

/** The one `runtime.onMessage` listener of this context: it answers the types that have a handler here. */
function listenForMessages(): () => void {
  const listener = (message: unknown, sender: Browser.runtime.MessageSender, sendResponse: (reply: WireReply) => void) => {
    if (!isWireMessage(message)) return false;
    const handler = handlers.get(message.type);
    if (!handler) return false;
    // Async, also for a handler that answers at once: one path for results and errors alike.
    Promise.resolve()
      .then(() => handler({ type: message.type, data: message.data as never, sender }))
      .then((res: unknown): WireReply => ({ res }), replyError)
      .then(sendResponse)
      // The sender went away before the answer (a tab closed, a popup shut): nobody is left to tell.
      .catch((error: unknown) => log.debug(`could not answer "${message.type}"`, error));
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Answers messages of one type in this context (one handler per type); returns the function that
 * stops answering them. A handler's thrown error is rethrown by the sender's `sendMessage`.
 */
export function onMessage<T extends MessageType>(type: T, handler: Handler<T>): () => void {
  if (handlers.has(type)) throw new Error(`[messaging] this context already answers "${type}"`);
  handlers.set(type, handler as unknown as Handler<MessageType>);
  removeRootListener ??= listenForMessages();
  return () => {
    if (handlers.get(type) !== (handler as unknown)) return;
    handlers.delete(type);
    if (handlers.size === 0) {
      removeRootListener?.();
      removeRootListener = undefined;
    }
  };
}
