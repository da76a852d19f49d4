import { Catalog, coreCatalog, type Formatters } from '@plein/core';
import { reactionNames } from '@plein/ui';
import { count } from './count.js';

const core = coreCatalog.get('en');

/**
 * What the wall shows: its states, filters, cards, reactions, the pill and the celebration.
 * The give form's strings live with its code. English is inline; Dutch is a chunk of its own
 * (`wall.strings.nl.ts`), loaded where an element speaks it.
 */
const en = {
  loading: 'Loading kudos…',
  retry: core.tryAgain,
  cancel: core.cancel,
  region: 'Kudos wall',
  list: 'Kudos',
  give: 'Give kudos',
  manageValues: 'Manage values',
  filters: 'Filters',
  filtersCount: (n: number, format: Formatters) => (n ? `Filters (${format.number(n)})` : 'Filters'),
  value: 'Value',
  allValues: 'All values',
  archived: (name: string) => `${name} (archived)`,
  department: 'Department',
  allDepartments: 'All departments',
  person: 'Person',
  direction: 'Kudos',
  receivedTab: 'Received',
  givenTab: 'Given',
  clearFilters: 'Clear filters',
  personView: 'Kudos of this person',
  emptyHeading: 'No kudos yet',
  emptyMessage: 'Be the first to thank a colleague for living one of our values.',
  emptyPersonMessage: (name: string) => `Be the first to thank ${name}.`,
  emptyGivenMessage: (name: string) => `${name} hasn't given kudos yet.`,
  noMatchHeading: 'No kudos match these filters',
  noMatchMessage: 'Try another value, person or department, or clear the filters.',
  found: (n: number, more: boolean, format: Formatters) =>
    n ? `${count(format, n, 'kudos', 'kudos')} shown${more ? ', more can be loaded' : ''}.` : 'No kudos match.',
  notFoundHeading: 'Kudos not found',
  notFoundMessage: 'They may have been removed, or the link is incomplete.',
  linked: 'Linked kudos',
  loadMore: 'Load more kudos',
  loadingMore: 'Loading more kudos…',
  end: "That's all the kudos.",
  newKudos: (n: number, format: Formatters) => `Show ${count(format, n, 'new kudos', 'new kudos')}`,
  newKudosSpoken: (n: number, format: Formatters) =>
    `${count(format, n, 'new kudos', 'new kudos')}. Show them with the button above the wall.`,
  shown: (n: number, format: Formatters) => `${count(format, n, 'new kudos', 'new kudos')} shown.`,
  someone: 'Someone',
  gaveTo: 'gave kudos to',
  cardLabel: (from: string, to: string, value: string) => `${from} to ${to}: ${value}`,
  reactionsLabel: 'Reactions',
  reactions: reactionNames,
  reactionUndone: 'Your reaction was not saved.',
  delete: 'Delete',
  deleteLabel: (from: string) => `Delete the kudos from ${from}`,
  confirmDelete: 'Delete these kudos for everyone?',
  deleting: 'Deleting…',
  deleted: 'Kudos deleted.',
  partFailed: "This part of the kudos wall couldn't be loaded.",
  sent: (names: string) => `Kudos sent to ${names}.`,
  receivedFrom: (from: string, value: string) => `You received kudos from ${from} for ${value}.`,
};

export type WallStrings = typeof en;

/** English inline; each other language a chunk of its own, loaded where an element speaks it. */
export const wallCatalog = new Catalog<WallStrings>(en, {
  nl: () => import('./wall.strings.nl.js').then((module) => module.strings),
});
