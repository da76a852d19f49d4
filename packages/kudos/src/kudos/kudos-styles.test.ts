/**
 * The wall's parts (cards, give form, values editor, leaderboard, screen, celebration) share one
 * shadow root, so each part's styles must reach only its own elements: a rule of one part that
 * matches an element of another is a leak (the give form's tiles once enlarged the editor's
 * badges, the leaderboard's `.archived` shrank the editor's archived values).
 */
import { expect } from '@open-wc/testing';
import type { CSSResult, CSSResultGroup } from 'lit';
import { celebrationStyles } from './celebration.js';
import { deletingStyles } from './deleting.js';
import { filtersStyles } from './filters-bar.js';
import { giveStyles } from './give.styles.js';
import { rankingStyles } from './leaderboard-ranking.js';
import { leaderboardStyles } from './leaderboard.styles.js';
import { liveStyles } from './live.js';
import { screenStyles } from './screen.styles.js';
import { valueBadgeStyles } from './value-badge.js';
import { valuesEditorStyles } from './values-editor.styles.js';
import { wallStyles } from './wall.styles.js';
import {
  $,
  $$,
  PEOPLE,
  VALUES,
  clearDrafts,
  has,
  kudos,
  openGive,
  renderWall,
  screen,
  seeded,
  send,
  until,
  type Setup,
} from './wall.fixtures.js';
import type { PleinKudosWall } from './kudos-wall.element.js';

interface Part {
  name: string;
  styles: CSSResultGroup;
  /** Where the part's elements are. */
  within: string;
  /** Other parts drawn inside it. */
  except?: string;
}

const PARTS: Part[] = [
  { name: 'wall', styles: wallStyles, within: '.wall', except: '.give, .values-editor, .leaderboard' },
  { name: 'filters', styles: filtersStyles, within: '.toolbar, .filters, .person-head' },
  { name: 'pill', styles: liveStyles, within: '.pill-bar' },
  { name: 'delete confirmation', styles: deletingStyles, within: '.kudos' },
  { name: 'give form', styles: giveStyles, within: 'form.give' },
  { name: 'values editor', styles: valuesEditorStyles, within: '.values-editor' },
  { name: 'leaderboard', styles: leaderboardStyles, within: '.leaderboard' },
  { name: 'ranking', styles: rankingStyles, within: '.ranking' },
  { name: 'value badge', styles: valueBadgeStyles, within: '.value-badge' },
  { name: 'screen', styles: screenStyles, within: '.screen' },
  { name: 'celebration', styles: celebrationStyles, within: '.celebration' },
];

/** Every selector of a part's style rules, also those in @media and @container. */
function selectors(styles: CSSResultGroup): string[] {
  const sheets = ([styles].flat(Infinity as 1) as CSSResult[]).map((result) => result.styleSheet!);
  const found: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) found.push(rule.selectorText);
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules);
    }
  };
  sheets.forEach((sheet) => walk(sheet.cssRules));
  return found;
}

/**
 * A selector as it would match in any state: without pseudo-elements and without the states
 * a person brings about (hover, focus, checked), so `.x:hover` is checked as `.x`.
 */
const anyState = (selector: string): string =>
  selector
    .replace(/::?(before|after|placeholder)\b/g, '')
    .replace(/:(hover|active|focus-visible|focus-within|focus|checked)\b/g, '');

/** What each part's rules match outside that part, as "part: selector → element". */
function leaks(el: PleinKudosWall): string[] {
  const root = el.shadowRoot!;
  const found: string[] = [];
  for (const part of PARTS) {
    for (const selector of selectors(part.styles)) {
      for (const node of root.querySelectorAll(anyState(selector))) {
        const inside = node.closest(part.within) && !(part.except && node.closest(part.except));
        if (!inside) found.push(`${part.name}: ${selector} → ${node.localName}.${[...node.classList].join('.')}`);
      }
    }
  }
  return found;
}

const fontSize = (node: Element | null) => (node ? getComputedStyle(node).fontSize : 'missing');

describe('<plein-kudos-wall> parts keep their styles to themselves', () => {
  beforeEach(clearDrafts);
  afterEach(clearDrafts);

  async function everything(): Promise<{ s: Setup; el: PleinKudosWall }> {
    const s = await seeded(
      {
        kudosSettings: { peopleLeaderboard: true },
        kudos: [
          kudos('k1', 5, { message: 'Thanks @[Zoë van Dijk](p-zoe), see https://intranet.example.org #release' }),
          kudos('k2', 60, { fromId: PEOPLE.cara.id, toIds: [PEOPLE.bob.id], valueId: VALUES.legacy.id }),
        ],
      },
      'cara',
    );
    const el = await renderWall(s, { leaderboard: true });
    await until(el, () => has(el, '[role="feed"]') && has(el, '.leaderboard .ranking'), 'the wall and the leaderboard');
    return { s, el };
  }

  it('on the wall with the leaderboard, the values editor and the give form (with errors) open', async () => {
    const { el } = await everything();
    $<HTMLButtonElement>(el, '.manage-button')!.click();
    await until(el, () => has(el, '.values-editor .value-list'), 'the values editor');
    await openGive(el);
    await send(el);
    await until(el, () => has(el, '#give-value-error'), 'the errors');
    $<HTMLButtonElement>(el, '.kudos .delete')?.click();
    await el.updateComplete;
    expect(has(el, '.kudos .confirm'), 'the delete confirmation').to.equal(true);
    expect(leaks(el)).to.deep.equal([]);

    // What the leaks looked like: the editor's badges as small as the cards', archived or not.
    const cardEmoji = $(el, '.kudos .value-badge .value-emoji');
    const editorBadges = $$(el, '.values-editor .value-badge');
    expect(editorBadges.length).to.be.greaterThan(1);
    for (const badge of editorBadges) {
      expect(fontSize(badge)).to.equal(fontSize($(el, '.kudos .value-badge')));
      expect(fontSize(badge.querySelector('.value-emoji'))).to.equal(fontSize(cardEmoji));
    }
    const rows = $$(el, '.values-editor .value-row');
    expect(fontSize(rows.find((row) => row.classList.contains('archived'))!)).to.equal(fontSize(rows[0]!));
  });

  it('with the values editor’s form open', async () => {
    const { el } = await everything();
    $<HTMLButtonElement>(el, '.manage-button')!.click();
    await until(el, () => has(el, '.values-editor .add-value'), 'the values editor');
    $<HTMLButtonElement>(el, '.add-value')!.click();
    await until(el, () => has(el, '.value-form .preview .value-badge'), 'the form');
    expect(leaks(el)).to.deep.equal([]);
  });

  it('on the office screen', async () => {
    const s = await seeded({ kudos: [kudos('k1', 5, { message: 'See https://intranet.example.org #release' })] });
    const el = await screen(s);
    expect(leaks(el)).to.deep.equal([]);
    expect(has(el, '.screen .value-badge.large')).to.equal(true);
    // The screen's badge is the cards' badge, larger.
    expect(parseFloat(fontSize($(el, '.value-badge')))).to.be.greaterThan(parseFloat(fontSize(el)));
  });
});
