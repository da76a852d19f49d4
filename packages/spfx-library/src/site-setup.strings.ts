import { coreCatalog, type Formatters, type Translations } from '@plein/core';

const core = coreCatalog.get('en');

const changes = (n: number, format: Formatters, none: string, one: string, other: string) =>
  n === 0 ? none : `${format.number(n)} ${format.plural(n) === 'one' ? one : other}`;

/** The edit-mode set-up action (only editors see it, so Dutch is inline, not a chunk of its own). */
const en = {
  label: 'Plein set-up for this site',
  needsSetUp: 'Plein is not set up on this site yet',
  needsUpgrade: 'Plein on this site needs an upgrade',
  explain:
    "Setting up creates the lists, columns and groups where Plein keeps its data, under this site's own permissions. Running it again does no harm.",
  setUp: 'Set up Plein on this site',
  upgrade: 'Upgrade Plein on this site',
  running: 'Setting up Plein on this site…',
  askOwner: 'Ask a site owner to open this page in edit mode and set up Plein.',
  askOwnerUpgrade: 'Ask a site owner to open this page in edit mode and upgrade Plein.',
  editToSetUp: 'Edit this page to set Plein up on this site: the action appears above this web part.',
  checkFailed: 'Could not check whether Plein is set up on this site.',
  runFailed: 'Plein could not be set up on this site.',
  retry: core.tryAgain,
  done: (version: number, format: Formatters) => `Plein is set up on this site (version ${format.number(version)}).`,
  changes: (n: number, format: Formatters) =>
    changes(n, format, 'Nothing needed changing.', 'change made', 'changes made'),
  manualHeading: 'A site owner must still do this by hand:',
  /** What set-up did, one line per `SetUpReport.done` entry. */
  didList: (list: string) => `Created the list “${list}”`,
  didField: (list: string, field: string) => `Added the column “${field}” to “${list}”`,
  didGroup: (group: string) => `Created the group “${group}”`,
  didSecurity: (list: string) => `Set who may read and edit the items of “${list}”`,
  didPermissions: (list: string) => `Set the permissions of “${list}”`,
  didIndex: (list: string, field: string) => `Indexed the column “${field}” of “${list}”`,
  didVersion: (version: string) => `Recorded Plein's version ${version} on this site`,
  /** What an upgrade would create or repair (a list deleted by hand…), one line per `SetUpStatus.missing` entry. */
  missing: (n: number, format: Formatters) =>
    `${format.number(n)} ${format.plural(n) === 'one' ? 'thing to create or repair' : 'things to create or repair'}`,
  missingList: (list: string) => `The list “${list}”`,
  missingField: (list: string, field: string) => `The column “${field}” of “${list}”`,
  missingIndex: (list: string, field: string) => `The index on the column “${field}” of “${list}”`,
  missingGroup: (group: string) => `The group “${group}”`,
  missingSecurity: (list: string) => `Who may read and edit the items of “${list}”`,
  missingPermissions: (list: string) => `The permissions of “${list}”`,
  /** What an owner must do by hand, one line per `SetUpReport.manual` entry. */
  manualIndex: (list: string, field: string) =>
    `Index the column “${field}” of the list “${list}” (list settings, Indexed columns).`,
  manualModerators: (list: string) =>
    `Give only the Plein moderators group access to the list “${list}” (list settings, Permissions).`,
};

export type SiteSetUpStrings = typeof en;

const nl: SiteSetUpStrings = {
  label: 'Plein instellen voor deze site',
  needsSetUp: 'Plein is nog niet ingesteld op deze site',
  needsUpgrade: 'Plein op deze site moet worden bijgewerkt',
  explain:
    'Instellen maakt de lijsten, kolommen en groepen waarin Plein zijn gegevens bewaart, onder de eigen machtigingen van deze site. Nog een keer uitvoeren kan geen kwaad.',
  setUp: 'Plein instellen op deze site',
  upgrade: 'Plein bijwerken op deze site',
  running: 'Plein wordt ingesteld op deze site…',
  askOwner: 'Vraag een site-eigenaar deze pagina in de bewerkmodus te openen en Plein in te stellen.',
  askOwnerUpgrade: 'Vraag een site-eigenaar deze pagina in de bewerkmodus te openen en Plein bij te werken.',
  editToSetUp: 'Bewerk deze pagina om Plein op deze site in te stellen: de knop staat dan boven dit webonderdeel.',
  checkFailed: 'Kon niet nagaan of Plein op deze site is ingesteld.',
  runFailed: 'Plein kon niet worden ingesteld op deze site.',
  retry: 'Probeer het opnieuw',
  done: (version, format) => `Plein is ingesteld op deze site (versie ${format.number(version)}).`,
  changes: (n, format) => changes(n, format, 'Er hoefde niets te veranderen.', 'wijziging', 'wijzigingen'),
  manualHeading: 'Een site-eigenaar moet dit nog met de hand doen:',
  didList: (list) => `Lijst „${list}” gemaakt`,
  didField: (list, field) => `Kolom „${field}” toegevoegd aan „${list}”`,
  didGroup: (group) => `Groep „${group}” gemaakt`,
  didSecurity: (list) => `Ingesteld wie de items van „${list}” mag lezen en bewerken`,
  didPermissions: (list) => `De machtigingen van „${list}” ingesteld`,
  didIndex: (list, field) => `Kolom „${field}” van „${list}” geïndexeerd`,
  didVersion: (version) => `Versie ${version} van Plein op deze site vastgelegd`,
  missing: (n, format) =>
    `${format.number(n)} ${format.plural(n) === 'one' ? 'ding om te maken of te herstellen' : 'dingen om te maken of te herstellen'}`,
  missingList: (list) => `De lijst „${list}”`,
  missingField: (list, field) => `De kolom „${field}” van „${list}”`,
  missingIndex: (list, field) => `De index op de kolom „${field}” van „${list}”`,
  missingGroup: (group) => `De groep „${group}”`,
  missingSecurity: (list) => `Wie de items van „${list}” mag lezen en bewerken`,
  missingPermissions: (list) => `De machtigingen van „${list}”`,
  manualIndex: (list, field) =>
    `Indexeer de kolom „${field}” van de lijst „${list}” (lijstinstellingen, Geïndexeerde kolommen).`,
  manualModerators: (list) =>
    `Geef alleen de groep Plein-moderatoren toegang tot de lijst „${list}” (lijstinstellingen, Machtigingen).`,
};

export const siteSetUpStrings: Translations<SiteSetUpStrings> = { en, nl };

/** A `SetUpReport.done` entry (`list X`, `field X.Y`, `group X`, `security X`, `index X.Y`…) as a sentence. */
export function doneText(strings: SiteSetUpStrings, entry: string): string {
  const [kind, rest = ''] = split(entry);
  const dot = rest.lastIndexOf('.');
  if (kind === 'list') return strings.didList(rest);
  if (kind === 'field' && dot > 0) return strings.didField(rest.slice(0, dot), rest.slice(dot + 1));
  if (kind === 'group') return strings.didGroup(rest);
  if (kind === 'security') return strings.didSecurity(rest);
  if (kind === 'permissions') return strings.didPermissions(rest);
  if (kind === 'index' && dot > 0) return strings.didIndex(rest.slice(0, dot), rest.slice(dot + 1));
  if (kind === 'version') return strings.didVersion(rest);
  return entry;
}

/** A `SetUpStatus.missing` entry (named as in `SetUpReport.done`) as what is missing. */
export function missingText(strings: SiteSetUpStrings, entry: string): string {
  const [kind, rest = ''] = split(entry);
  const dot = rest.lastIndexOf('.');
  if (kind === 'list') return strings.missingList(rest);
  if (kind === 'field' && dot > 0) return strings.missingField(rest.slice(0, dot), rest.slice(dot + 1));
  if (kind === 'index' && dot > 0) return strings.missingIndex(rest.slice(0, dot), rest.slice(dot + 1));
  if (kind === 'group') return strings.missingGroup(rest);
  if (kind === 'security') return strings.missingSecurity(rest);
  if (kind === 'permissions') return strings.missingPermissions(rest);
  return entry;
}

/** A `SetUpReport.manual` entry (`index X.Y`, `moderators-only X`) as an instruction. */
export function manualText(strings: SiteSetUpStrings, entry: string): string {
  const [kind, rest = ''] = split(entry);
  const dot = rest.lastIndexOf('.');
  if (kind === 'index' && dot > 0) return strings.manualIndex(rest.slice(0, dot), rest.slice(dot + 1));
  if (kind === 'moderators-only') return strings.manualModerators(rest);
  return entry;
}

function split(entry: string): [string, string?] {
  const space = entry.indexOf(' ');
  return space < 0 ? [entry] : [entry.slice(0, space), entry.slice(space + 1)];
}
