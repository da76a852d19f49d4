import { html } from 'lit';
import { toPleinError } from '@plein/core';
import { PeopleCache, richText } from '@plein/ui';
import type { FeedHost } from './host.js';
import { entryLink, tagLink } from './links.js';
import type { FeedShell } from './shell.js';

/**
 * The `FeedHost` every lazily loaded part gets (the feed view, the moderation queue, the report
 * dialog), made once per element from its shell: people by id (batched), user text as
 * templates, permalinks, and the shell's clock, guard and feedback.
 */
export function createHost(shell: FeedShell): FeedHost & { people: PeopleCache; failed(error: unknown): void } {
  const people = new PeopleCache(shell.store, () => shell.element.requestUpdate());
  return {
    people,
    store: shell.store,
    locale: shell.locale,
    get clock() {
      return shell.clock;
    },
    guard: (call) => shell.guard(call),
    toast: shell.toast,
    announce: (text) => shell.announce(text),
    requestUpdate: () => shell.element.requestUpdate(),
    person: (id) => people.get(id),
    renderText: (text) =>
      richText(text, {
        tagHref: (tag) => tagLink(tag),
        // The person's current name where known, else the name at the time of writing.
        mention: (id, name) => html`<strong class="rich-mention">@${people.get(id)?.displayName ?? name}</strong>`,
      }),
    permalinkOf: entryLink,
    failed: (error) => shell.emit('plein-error', { error: toPleinError(error) }),
  };
}
