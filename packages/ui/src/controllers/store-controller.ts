import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextEvent } from '@lit/context';
import { pageStore, type PleinStore } from '@plein/core';
import { storeContext } from '../context.js';

export interface StoreHost extends ReactiveControllerHost, HTMLElement {
  /** An explicitly set store; it beats every other source. */
  store?: PleinStore;
}

/**
 * Finds the element's store: its `store` property, else the nearest `<plein-provider>`, else
 * the page default (`configurePageStore`). Until one exists `value` is undefined and the
 * element shows its loading state; nothing throws. `onChange` runs during the host's update,
 * before render, each time the store in use changes.
 */
export class StoreController implements ReactiveController {
  private readonly host: StoreHost;
  private readonly onChange: (store: PleinStore) => void;
  private current: PleinStore | undefined;
  private provided: PleinStore | undefined;
  private pageDefault: PleinStore | undefined;
  private waitingForPage = false;
  private unsubscribe: (() => void) | undefined;
  private failure: unknown;
  private listening: Document | undefined;

  constructor(host: StoreHost, onChange: (store: PleinStore) => void) {
    this.host = host;
    this.onChange = onChange;
    host.addController(this);
  }

  /** The store in use, or undefined while none is available yet. */
  get value(): PleinStore | undefined {
    return this.current;
  }

  /** Set when the configured page default failed to load (its promise rejected). */
  get error(): unknown {
    return this.failure;
  }

  hostConnected(): void {
    this.request();
    // A provider defined or connected after this element announces itself; ask again then.
    this.listening = this.host.ownerDocument;
    this.listening.addEventListener('context-provider', this.onProvider);
    this.check();
  }

  hostDisconnected(): void {
    this.listening?.removeEventListener('context-provider', this.onProvider);
    this.listening = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.provided = undefined;
  }

  hostUpdate(): void {
    const next = this.resolve();
    if (!next) this.waitForPage();
    if (next === this.current) return;
    this.current = next;
    if (next) this.onChange(next);
  }

  private resolve(): PleinStore | undefined {
    return this.host.store ?? this.provided ?? this.pageDefault;
  }

  private check(): void {
    if (this.resolve() !== this.current) this.host.requestUpdate();
  }

  private request(): void {
    this.host.dispatchEvent(new ContextEvent(storeContext, this.host, this.onProvided, true));
  }

  private readonly onProvided = (value: PleinStore | undefined, unsubscribe?: () => void): void => {
    // A closer provider took over: leave the previous one.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.provided = value;
    this.check();
  };

  private readonly onProvider = (event: Event): void => {
    // An answered request is re-parented by its provider; only an unanswered one asks again.
    if (!this.unsubscribe && (event as { context?: unknown }).context === storeContext) this.request();
  };

  /** Waits for the page default only when nothing else supplies a store, so explicit stores leave no waiter behind. */
  private waitForPage(): void {
    if (this.waitingForPage) return;
    this.waitingForPage = true;
    pageStore().then(
      (store) => {
        this.pageDefault = store;
        this.check();
      },
      (error: unknown) => {
        this.failure = error;
        this.host.requestUpdate();
      },
    );
  }
}
