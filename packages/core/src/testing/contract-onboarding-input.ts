import type { ErrorCode } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { CampaignDraft, OnboardingApi, OnboardingTaskDraft } from '../types.js';
import { deepEqual, equal, rejectsWith } from './assert.js';
import {
  NEW_HIRES as H,
  campaignDraft,
  draftOf,
  idsOf,
  key,
  onboardingSuite,
  taskIds,
  type SuiteContext,
} from './helpers.js';
import { CONTRACT_PEOPLE as P } from './world.js';

/** The standard draft with one task changed (the second task of the second phase: "Set up your laptop"). */
function withTask(patch: Partial<OnboardingTaskDraft>): CampaignDraft {
  const draft = campaignDraft();
  draft.phases[1]!.tasks[1] = { ...draft.phases[1]!.tasks[1]!, ...patch };
  return draft;
}

const task = (i: number): OnboardingTaskDraft => ({ title: `Task ${i}`, owner: 'new-hire', dueDay: i % 30 });

interface Refusal {
  draft: CampaignDraft;
  code?: ErrorCode;
  field: string;
  reason: string;
  /** `phase` and `index` of the task at fault, or `limit`. */
  details?: Record<string, number>;
}

/** Every bad draft the suite tries, with what it must be refused for. */
function refusals(): [string, Refusal][] {
  const tooLong = (field: string, limit: number) => ({
    code: 'too-large' as const,
    field,
    reason: 'too-long',
    details: { limit },
  });
  return [
    ['an empty title', { draft: campaignDraft({ title: '  ' }), field: 'title', reason: 'required' }],
    [
      'a title too long',
      {
        draft: campaignDraft({ title: 't'.repeat(LIMITS.campaignTitle + 1) }),
        ...tooLong('title', LIMITS.campaignTitle),
      },
    ],
    [
      'a description too long',
      {
        draft: campaignDraft({ description: 'd'.repeat(LIMITS.campaignDescription + 1) }),
        ...tooLong('description', LIMITS.campaignDescription),
      },
    ],
    ['no phases', { draft: campaignDraft({ phases: [] }), field: 'phases', reason: 'required' }],
    [
      'phases without tasks',
      {
        draft: campaignDraft({
          phases: [
            { title: 'Week one', tasks: [] },
            { title: 'Week two', tasks: [] },
          ],
        }),
        field: 'tasks',
        reason: 'required',
      },
    ],
    [
      `${LIMITS.phasesMax + 1} phases`,
      {
        draft: campaignDraft({
          phases: Array.from({ length: LIMITS.phasesMax + 1 }, (_, i) => ({ title: `Phase ${i}`, tasks: [task(i)] })),
        }),
        field: 'phases',
        reason: 'too-many',
        details: { limit: LIMITS.phasesMax },
      },
    ],
    [
      `${LIMITS.campaignTasksMax + 1} tasks over two phases`,
      {
        draft: campaignDraft({
          phases: [
            { title: 'One', tasks: Array.from({ length: 51 }, (_, i) => task(i)) },
            { title: 'Two', tasks: Array.from({ length: 50 }, (_, i) => task(i)) },
          ],
        }),
        field: 'tasks',
        reason: 'too-many',
        details: { limit: LIMITS.campaignTasksMax },
      },
    ],
    [
      'an empty phase title',
      {
        draft: (() => {
          const draft = campaignDraft();
          draft.phases[2]!.title = '';
          return draft;
        })(),
        field: 'title',
        reason: 'required',
        details: { phase: 2 },
      },
    ],
    [
      'an empty task title',
      { draft: withTask({ title: ' ' }), field: 'title', reason: 'required', details: { phase: 1, index: 1 } },
    ],
    [
      'a task title too long',
      {
        draft: withTask({ title: 't'.repeat(LIMITS.taskTitle + 1) }),
        ...tooLong('title', LIMITS.taskTitle),
        details: { phase: 1, index: 1, limit: LIMITS.taskTitle },
      },
    ],
    [
      'a task text too long',
      {
        draft: withTask({ text: 't'.repeat(LIMITS.taskText + 1) }),
        ...tooLong('text', LIMITS.taskText),
        details: { phase: 1, index: 1, limit: LIMITS.taskText },
      },
    ],
    ...[
      'javascript:alert(1)',
      'ftp://files.example.org/a',
      'intranet/contract',
      'https://',
      'data:text/html,<b>x</b>',
    ].map((link): [string, Refusal] => [
      `the link ${link}`,
      { draft: withTask({ link }), field: 'link', reason: 'bad-link', details: { phase: 1, index: 1 } },
    ]),
    [
      'an unknown owner',
      {
        draft: withTask({ owner: 'ceo' as OnboardingTaskDraft['owner'] }),
        field: 'owner',
        reason: 'unknown-value',
        details: { phase: 1, index: 1 },
      },
    ],
    ...[LIMITS.dueDayMin - 1, LIMITS.dueDayMax + 1, 1.5].map((dueDay): [string, Refusal] => [
      `due day ${dueDay}`,
      { draft: withTask({ dueDay }), field: 'dueDay', reason: 'out-of-range', details: { phase: 1, index: 1 } },
    ]),
    ...[0, 101, -5, 300, 12.5].map((percent): [string, Refusal] => [
      `a target of ${percent}%`,
      { draft: campaignDraft({ target: { percent, days: 30 } }), field: 'percent', reason: 'out-of-range' },
    ]),
    ...[0, LIMITS.targetDaysMax + 1].map((days): [string, Refusal] => [
      `a target within ${days} days`,
      { draft: campaignDraft({ target: { percent: 90, days } }), field: 'days', reason: 'out-of-range' },
    ]),
    [
      'a start range ending before it starts',
      {
        draft: campaignDraft({ audience: { startFrom: '2026-03-01', startTo: '2026-02-28' } }),
        field: 'startTo',
        reason: 'end-before-start',
      },
    ],
    [
      'an audience date that does not exist',
      { draft: campaignDraft({ audience: { startFrom: '2026-02-30' } }), field: 'startFrom', reason: 'invalid-date' },
    ],
    [
      'a task id used twice',
      {
        draft: (() => {
          const draft = campaignDraft();
          draft.phases[1]!.tasks[0]!.id = 'same';
          draft.phases[1]!.tasks[1]!.id = 'same';
          return draft;
        })(),
        field: 'id',
        reason: 'duplicate-id',
        details: { phase: 1, index: 1 },
      },
    ],
  ];
}

/** Every call a manager makes, as someone who may not. */
function managementCalls(api: OnboardingApi, campaignId: string, taskId: string): [string, () => Promise<unknown>][] {
  const row = { name: 'Lisa Kok', email: 'lisa.kok@example.org', startDate: '2026-03-02' };
  return [
    ['campaigns', () => api.campaigns()],
    ['campaign', () => api.campaign(campaignId)],
    ['createCampaign', () => api.createCampaign(campaignDraft(), key())],
    ['updateCampaign', () => api.updateCampaign(campaignId, campaignDraft({ title: 'Mine now' }), key())],
    ['copyCampaign', () => api.copyCampaign(campaignId, 'Copy', key())],
    ['archiveCampaign', () => api.archiveCampaign(campaignId, true, key())],
    ['enrolments', () => api.enrolments(campaignId)],
    ['enrol', () => api.enrol(campaignId, { personId: H.tom.id }, key())],
    ['unenrol', () => api.unenrol(campaignId, H.nina.id, key())],
    ['previewImport', () => api.previewImport(campaignId, [row])],
    ['importPeople', () => api.importPeople(campaignId, [row], key())],
    ['cohort', () => api.cohort(campaignId)],
    ['tick for someone else', () => api.tick(campaignId, H.nina.id, taskId, true, key())],
  ];
}

export function onboardingInputContract(context: SuiteContext): void {
  const { describe, test } = onboardingSuite(context);

  describe('onboarding: bad campaigns', () => {
    test('bad drafts are refused naming field, reason, phase, task index and limit, and save nothing', async ({
      cara,
    }) => {
      for (const [what, { draft, code = 'invalid', field, reason, details = {} }] of refusals()) {
        const error = await rejectsWith(cara.createCampaign(draft, key()), code, reason);
        equal(error.details.field, field, `field for ${what}`);
        for (const [name, value] of Object.entries(details)) equal(error.details[name], value, `${name} for ${what}`);
      }
      deepEqual(await cara.campaigns(), [], 'nothing was created');
    });

    test('the same drafts are refused as updates and change nothing', async ({ cara, nina }) => {
      const campaign = await cara.createCampaign(campaignDraft({ audience: { departments: ['IT'] } }), key());
      const [contract] = taskIds(campaign);
      await cara.enrol(campaign.id, { personId: H.nina.id }, key());
      await nina.tick(campaign.id, H.nina.id, contract!, true, key());
      for (const [what, { draft, code = 'invalid', reason }] of refusals()) {
        // An update that moved nina's audience in would enrol her again: every refused one must not.
        draft.audience = { departments: ['Sales'] };
        if (what === 'a start range ending before it starts' || what === 'an audience date that does not exist')
          continue;
        await rejectsWith(cara.updateCampaign(campaign.id, draft, key()), code, reason);
      }
      deepEqual(await cara.campaign(campaign.id), { ...campaign, enrolled: 2 }, 'the campaign is unchanged');
      equal((await nina.checklist(campaign.id, H.nina.id)).progress.done, 1, 'progress is untouched');
      deepEqual(
        (await cara.enrolments(campaign.id)).items.map((e) => e.personId).sort(),
        [H.eva.id, H.nina.id].sort(),
        'nobody new was enrolled',
      );
    });

    test('the bounds themselves are accepted', async ({ cara }) => {
      const draft = campaignDraft({
        title: 't'.repeat(LIMITS.campaignTitle),
        target: { percent: 100, days: LIMITS.targetDaysMax },
        phases: [
          ...Array.from({ length: LIMITS.phasesMax - 1 }, (_, i) => ({ title: `Phase ${i}`, tasks: [] })),
          {
            title: 'p'.repeat(LIMITS.phaseTitle),
            tasks: [
              {
                title: 'First',
                owner: 'new-hire' as const,
                dueDay: LIMITS.dueDayMin,
                link: 'http://intranet.example.org',
              },
              ...Array.from({ length: LIMITS.campaignTasksMax - 2 }, (_, i) => task(i)),
              { title: 'Last', owner: 'buddy' as const, dueDay: LIMITS.dueDayMax },
            ],
          },
        ],
      });
      const campaign = await cara.createCampaign(draft, key());
      equal(taskIds(campaign).length, LIMITS.campaignTasksMax);
      equal(campaign.phases.length, LIMITS.phasesMax);
      const low = await cara.createCampaign(campaignDraft({ target: { percent: 1, days: 1 } }), key());
      deepEqual(low.target, { percent: 1, days: 1 });
    });

    test('malformed drafts and keys are refused and save nothing', async ({ cara }) => {
      const bad = [
        null,
        'campaign',
        { ...campaignDraft(), phases: 'none' },
        { ...campaignDraft(), target: undefined },
        { ...campaignDraft(), target: { percent: '90', days: 30 } },
        { ...campaignDraft(), phases: [{ title: 'One', tasks: [{ title: 'No owner', dueDay: 1 }] }] },
        { ...campaignDraft(), audience: { departments: 'Sales' } },
        withTask({ dueDay: Number.NaN }),
      ];
      for (const draft of bad)
        await rejectsWith(cara.createCampaign(draft as unknown as CampaignDraft, key()), 'invalid');
      await rejectsWith(cara.createCampaign(campaignDraft(), { idempotencyKey: '' }), 'invalid');
      await rejectsWith(
        cara.createCampaign(campaignDraft(), undefined as unknown as { idempotencyKey: string }),
        'invalid',
      );
      deepEqual(await cara.campaigns(), []);
    });

    test('script and HTML are kept verbatim as text', async ({ cara }) => {
      const title = '<script>alert(1)</script>';
      const text = '<img src=x onerror=alert(1)> & "quoted"';
      const campaign = await cara.createCampaign(withTask({ title, text }), key());
      deepEqual([campaign.phases[1]?.tasks[1]?.title, campaign.phases[1]?.tasks[1]?.text], [title, text]);
    });
  });

  describe('onboarding: who may manage', () => {
    test('members, moderators, managers, buddies and new hires are forbidden every management call', async (cast) => {
      const { cara, stores } = cast;
      const campaign = await cara.createCampaign(campaignDraft(), key());
      const [contract] = taskIds(campaign);
      await cara.enrol(campaign.id, { personId: H.nina.id, buddyId: P.alice.id }, key());
      const before = { campaign: await cara.campaign(campaign.id), enrolments: await cara.enrolments(campaign.id) };
      for (const name of ['alice', 'bob', 'mo', 'zoe', 'tom'] as const) {
        for (const [call, attempt] of managementCalls(cast[name], campaign.id, contract!)) {
          await rejectsWith(attempt(), 'forbidden').catch((error: Error) => {
            throw new Error(`${name} ${call}: ${error.message}`);
          });
        }
      }
      deepEqual(await cara.campaign(campaign.id), before.campaign, 'the campaign is unchanged');
      deepEqual(await cara.enrolments(campaign.id), before.enrolments, 'nobody was enrolled or removed');
      deepEqual(idsOf(await cara.campaigns()), [campaign.id], 'nothing was created or copied');
      deepEqual(await stores.alice.people.search('Lisa'), [], 'nobody was imported');
      equal((await cara.checklist(campaign.id, H.nina.id)).progress.done, 0);
    });
  });

  describe('onboarding: failures', () => {
    test('a failed write saves nothing; its retry with the same key saves once', async ({ world, cara }) => {
      const once = key();
      world.faults.failNext('unavailable');
      await rejectsWith(cara.createCampaign(campaignDraft(), once), 'unavailable');
      deepEqual(await cara.campaigns(), []);
      const created = await cara.createCampaign(campaignDraft(), once);
      equal((await cara.createCampaign(campaignDraft(), once)).id, created.id);
      world.faults.failNext('rate-limited', { retryAfter: 7 });
      const error = await rejectsWith(cara.enrol(created.id, { personId: H.nina.id }, key()), 'rate-limited');
      equal(error.retryAfter, 7);
      deepEqual((await cara.enrolments(created.id)).items, []);
      world.faults.failNext('unavailable', { count: 2 });
      await rejectsWith(cara.updateCampaign(created.id, { ...draftOf(created), title: 'Fails' }, key()), 'unavailable');
      await rejectsWith(cara.archiveCampaign(created.id, true, key()), 'unavailable');
      deepEqual(await cara.campaign(created.id), created);
    });
  });
}
