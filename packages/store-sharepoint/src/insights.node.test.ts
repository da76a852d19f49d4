/**
 * What the contract suite cannot see of insights on SharePoint: lists past the view threshold
 * (a period read in smaller ranges, and a site too busy for a browser), and a member writing a
 * target straight over REST.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { REACTIONS, isPleinError, type InsightsApi } from '@plein/core';
import { CONTRACT_PEOPLE as P } from '@plein/core/testing';
import { REPORT_BUDGET } from './insights-read.js';
import { FEED } from './schema-feed.js';
import { INSIGHTS_LISTS } from './schema-insights.js';
import { SITE } from './sp.fixtures.js';
import { createSharePointWorld } from './world.fixtures.js';

const FEBRUARY = { from: '2026-02-01T00:00:00.000Z', to: '2026-03-01T00:00:00.000Z' };
const HOUR = 3_600_000;
const PEOPLE = Object.values(P);

async function world() {
  const w = await createSharePointWorld();
  await w.seed({ people: PEOPLE });
  w.clock.advance(Date.parse('2026-03-02T09:00:00.000Z') - w.clock.now());
  return w;
}
type TestWorld = Awaited<ReturnType<typeof world>>;

const insights = (w: TestWorld, personId: string): InsightsApi => w.as(personId).insights!;

/** `count` posts by alice in `general`, on the first day of February (or at `at`). */
function posts(w: TestWorld, count: number, at = '2026-02-01T08:00:00.000Z'): void {
  const list = w.site.list(FEED.posts.title)!;
  for (let k = 0; k < count; k++)
    list.add(w.userOf(P.alice.id).id, Date.parse(at), {
      Title: `Post ${k}`,
      PleinId: `post-${k}`,
      Channel: 'general',
      Body: `Post ${k}`,
      Tags: '',
      Mentions: '[]',
      Attachments: '[]',
    });
}

/** `count` reactions to those posts, spread evenly over February's days from `first` (ms) on. */
function reactions(w: TestWorld, count: number, postCount: number, first: number, span: number): void {
  const list = w.site.list(FEED.reactions.title)!;
  for (let i = 0; i < count; i++) {
    const post = `post-${i % postCount}`;
    const by = PEOPLE[Math.floor(i / postCount) % PEOPLE.length]!;
    const reaction = REACTIONS[Math.floor(i / (postCount * PEOPLE.length)) % REACTIONS.length]!;
    list.add(w.userOf(by.id).id, first + Math.floor((i * span) / count), {
      Title: reaction,
      Target: post,
      PostId: post,
      Channel: 'general',
      Reaction: reaction,
      On: true,
    });
  }
}

/** A request straight to the REST API as a seeded person, as a colleague with a script would send it. */
function rest(w: TestWorld, personId: string) {
  const f = w.emulator.fetchAs(w.userOf(personId).id);
  const json = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json' };
  return async (path: string, body?: unknown): Promise<Response> => {
    if (body === undefined) return f(`${SITE}/_api/${path}`, { headers: json });
    const info = await f(`${SITE}/_api/contextinfo`, { method: 'POST', headers: json });
    const { FormDigestValue } = (await info.json()) as { FormDigestValue: string };
    const headers = { ...json, 'X-RequestDigest': FormDigestValue };
    return f(`${SITE}/_api/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  };
}

describe('insights on SharePoint: past the list view threshold', () => {
  it('a period with more than 5,000 reactions is read in smaller ranges, and counted exactly', async () => {
    const w = await world();
    posts(w, 200);
    // 200 posts × 6 people × 5 kinds: 6,000 reactions that all stand, over February.
    reactions(w, 6000, 200, Date.parse('2026-02-01T09:00:00.000Z'), 27 * 24 * HOUR);
    // The period and the one before it in one query is refused: its first clause matches 6,000 items.
    const range = encodeURIComponent(
      "Created ge datetime'2026-01-04T00:00:00.000Z' and Created lt datetime'2026-03-01T00:00:00.000Z'",
    );
    const whole = await rest(w, P.cara.id)(`web/lists/getbytitle('Plein Reactions')/items?$top=5000&$filter=${range}`);
    assert.equal(whole.status, 500, 'SharePoint refuses the period as one query');

    const report = await insights(w, P.cara.id).report(FEBRUARY);
    const figure = (metric: string) => report.metrics.find((m) => m.metric === metric)!;
    assert.equal(figure('reactions').value, 6000);
    assert.equal(figure('reactions').previous, 0);
    assert.equal(figure('posts').value, 200);
    assert.equal(
      figure('reactions').series.reduce((a, b) => (a ?? 0) + (b ?? 0), 0),
      6000,
    );
    assert.deepEqual(report.channels, [{ channel: 'general', posts: 200, comments: 0, reactions: 6000, active: 6 }]);
  });

  it('a period too busy to split under the threshold is refused as too large for a browser', async () => {
    const w = await world();
    posts(w, 1);
    // 12,000 reactions: the middle of February has more than 5,000 items on either side.
    reactions(w, 12_000, 1, Date.parse('2026-02-01T09:00:00.000Z'), 27 * 24 * HOUR);
    const before = w.log.length;
    await assert.rejects(insights(w, P.cara.id).report(FEBRUARY), (e: unknown) => {
      assert.ok(isPleinError(e), `a PleinError, got ${String(e)}`);
      assert.equal(e.code, 'too-large');
      assert.equal(e.details.reason, 'site-too-large-for-browser');
      assert.equal(e.details.limit, REPORT_BUDGET);
      return true;
    });
    // Reads are batched: far fewer round trips than reads, and never more reads than the budget.
    assert.ok(w.log.length - before <= REPORT_BUDGET, `${w.log.length - before} requests`);
  });

  it(`past ${REPORT_BUDGET} requests a report is refused as too large, with no more requests sent`, async () => {
    const w = await world();
    // Reactions in February to 6,000 posts of last year: each post is looked up by id, 20 a request.
    posts(w, 6000, '2025-06-01T08:00:00.000Z');
    reactions(w, 6000, 6000, Date.parse('2026-02-01T09:00:00.000Z'), 27 * 24 * HOUR);
    const log = w.log.length;
    await assert.rejects(insights(w, P.cara.id).report(FEBRUARY), (e: unknown) => {
      assert.ok(isPleinError(e) && e.code === 'too-large', `too-large, got ${String(e)}`);
      assert.deepEqual(e.details, { reason: 'site-too-large-for-browser', limit: REPORT_BUDGET });
      return true;
    });
    const sent = w.log.slice(log).length;
    assert.ok(sent < REPORT_BUDGET, `${sent} round trips`);
    // A quiet period of the same site is fine.
    const quiet = await insights(w, P.cara.id).report({
      from: '2025-09-01T00:00:00.000Z',
      to: '2025-10-01T00:00:00.000Z',
    });
    assert.equal(quiet.metrics.find((m) => m.metric === 'reactions')!.value, 0);
  });
});

describe('insights on SharePoint: targets over REST', () => {
  it('a member cannot add a target item; the communications team can, and only theirs count', async () => {
    const w = await world();
    const item = { Title: 'active month', Goal: 'active month', Value: 1 };
    const path = `web/lists/getbytitle('${INSIGHTS_LISTS.targets.title}')/items`;
    const refused = await rest(w, P.alice.id)(path, item);
    assert.equal(refused.status, 403, 'a member may only read the targets list');
    assert.deepEqual(await insights(w, P.cara.id).targets(), [], 'no target was set');

    const added = await rest(w, P.cara.id)(path, { ...item, Value: 70 });
    assert.equal(added.status, 201, 'the communications team writes targets, with the API or without');
    const [target] = await insights(w, P.ada.id).targets();
    assert.deepEqual(
      [target?.metric, target?.per, target?.value, target?.updatedBy],
      ['active', 'month', 70, P.cara.id],
    );
  });
});
