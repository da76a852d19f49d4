/**
 * Polls on SharePoint lists (schema.ts): the poll is one item its creator wrote; each ballot is
 * an item the voter wrote. Results are counted from the ballots every time (the latest ballot
 * per `Author`), never read from an aggregate someone could overwrite.
 */
import {
  PleinError,
  newId,
  parsePageRequest,
  parsePollDraft,
  parseVote,
  parseWriteOptions,
  type Poll,
  type PollApi,
  type PollDraft,
  type PollOption,
  type PollResults,
  type ResultsVisibility,
  type PollKind,
} from '@plein/core';
import { isModerator, parseJson, type SpContext } from './context.js';
import { updateWithEtag } from './etag.js';
import { addItem, authorOf, dateOf, itemPath, listCall, type Row } from './lists.js';
import { ballotRows, boxOf } from './ballots.js';
import { readPage, type Clause } from './paging.js';
import type { SpUser } from './people.js';
import { LISTS } from './schema.js';

interface PollRecord {
  itemId: number;
  id: string;
  question: string;
  options: PollOption[];
  kind: PollKind;
  maxChoices: number;
  resultsVisibility: ResultsVisibility;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  closesAt?: string;
  closedAt?: string;
}

/** Every counted ballot: the latest per voter. */
type Ballots = Map<string, string[]>;

const POLL_SELECT = [
  'ID',
  'PleinId',
  'Question',
  'Options',
  'Kind',
  'MaxChoices',
  'Visibility',
  'ClosesAt',
  'ClosedAt',
  'Created',
  'Modified',
  'Author/Name',
];

function recordOf(row: Row): PollRecord {
  const options = parseJson<PollOption[]>(row.Options, []).filter(
    (o) => o && typeof o.id === 'string' && typeof o.label === 'string',
  );
  const record: PollRecord = {
    itemId: Number(row.ID),
    id: String(row.PleinId),
    question: String(row.Question ?? ''),
    options: options.map(({ id, label }) => ({ id, label })),
    kind: row.Kind === 'multiple' ? 'multiple' : 'single',
    maxChoices: Number(row.MaxChoices) || 1,
    resultsVisibility: (['always', 'after-vote', 'after-close'] as const).find((v) => v === row.Visibility) ?? 'always',
    createdBy: authorOf(row),
    createdAt: dateOf(row.Created) ?? '',
    updatedAt: dateOf(row.Modified) ?? dateOf(row.Created) ?? '',
  };
  const closesAt = dateOf(row.ClosesAt);
  const closedAt = dateOf(row.ClosedAt);
  if (closesAt) record.closesAt = closesAt;
  if (closedAt) record.closedAt = closedAt;
  return record;
}

/** The options of a draft; labels that stay keep their option id. */
function optionsOf(draft: PollDraft, earlier: readonly PollOption[] = []): PollOption[] {
  const byLabel = new Map(earlier.map((o) => [o.label, o.id]));
  let next = earlier.reduce((n, o) => Math.max(n, Number(o.id.slice(1)) || 0), 0) + 1;
  return draft.options.map((label) => ({ id: byLabel.get(label) ?? `o${next++}`, label }));
}

function draftFields(draft: PollDraft & { maxChoices: number }, earlier?: readonly PollOption[]): Row {
  return {
    Title: draft.question.slice(0, 255),
    Question: draft.question,
    Options: JSON.stringify(optionsOf(draft, earlier)),
    Kind: draft.kind,
    MaxChoices: draft.maxChoices,
    Visibility: draft.resultsVisibility,
    ClosesAt: draft.closesAt ?? null,
  };
}

export function createPollApi({ sp, clock, user, maxPageSize }: SpContext): PollApi {
  const now = () => clock.now();
  const iso = () => new Date(now()).toISOString();

  async function findPoll(where: Clause[]): Promise<PollRecord | undefined> {
    const page = await readPage(sp, LISTS.polls, {
      where,
      select: POLL_SELECT,
      expand: ['Author'],
      orderBy: { field: 'ID' },
      top: 1,
    });
    return page.items[0] ? recordOf(page.items[0]) : undefined;
  }

  async function pollOf(id: unknown): Promise<PollRecord> {
    if (typeof id !== 'string' || !id) throw new PleinError('not-found', { field: 'id' });
    const poll = await findPoll([{ field: 'PleinId', op: 'eq', value: id }]);
    if (!poll) throw new PleinError('not-found', { field: 'id' });
    return poll;
  }

  async function ballotsOf(pollId: string): Promise<Ballots> {
    const ballots: Ballots = new Map();
    const rows = await ballotRows(sp, pollId, {
      select: ['ID', 'Choice', 'Author/Name'],
      expand: ['Author'],
      orderBy: { field: 'ID' },
    });
    // Oldest first, so a later ballot replaces an earlier one of the same person.
    for (const row of rows) {
      const choice = parseJson<unknown>(row.Choice, []);
      const voter = authorOf(row);
      if (voter && Array.isArray(choice))
        ballots.set(
          voter,
          choice.filter((c): c is string => typeof c === 'string'),
        );
    }
    return ballots;
  }

  const closedAt = (poll: PollRecord): string | undefined =>
    poll.closedAt ?? (poll.closesAt !== undefined && Date.parse(poll.closesAt) <= now() ? poll.closesAt : undefined);

  function canSeeResults(poll: PollRecord, voted: boolean, open: boolean): boolean {
    if (poll.resultsVisibility === 'always') return true;
    if (poll.resultsVisibility === 'after-vote') return voted || !open;
    return !open;
  }

  function view(poll: PollRecord, ballots: Ballots, me: SpUser): Poll {
    const closed = closedAt(poll);
    const open = closed === undefined;
    const choice = ballots.get(me.personId);
    const mine = poll.createdBy === me.personId;
    const out: Poll = {
      id: poll.id,
      question: poll.question,
      options: poll.options.map(({ id, label }) => ({ id, label })),
      kind: poll.kind,
      maxChoices: poll.maxChoices,
      anonymous: false,
      resultsVisibility: poll.resultsVisibility,
      createdBy: poll.createdBy,
      createdAt: poll.createdAt,
      updatedAt: poll.updatedAt,
      status: open ? 'open' : 'closed',
      voterCount: ballots.size,
      viewer: {
        hasVoted: choice !== undefined,
        canVote: open,
        canClose: open && (mine || isModerator(me)),
        canEdit: open && mine && ballots.size === 0,
        canSeeResults: canSeeResults(poll, choice !== undefined, open),
      },
    };
    if (choice) out.viewer.choice = [...choice];
    if (poll.closesAt !== undefined) out.closesAt = poll.closesAt;
    if (closed !== undefined) out.closedAt = closed;
    return out;
  }

  async function viewOf(poll: PollRecord): Promise<Poll> {
    const [ballots, me] = await Promise.all([ballotsOf(poll.id), user()]);
    return view(poll, ballots, me);
  }

  /** The poll, its ballots and the viewer, read together (one round trip when batched). */
  async function loaded(id: unknown): Promise<{ poll: PollRecord; ballots: Ballots; me: SpUser }> {
    if (typeof id !== 'string' || !id) throw new PleinError('not-found', { field: 'id' });
    const ballots = ballotsOf(id);
    ballots.catch(() => undefined); // awaited below, after the poll is known to exist
    const [poll, me] = await Promise.all([pollOf(id), user()]);
    return { poll, ballots: await ballots, me };
  }

  function results(poll: PollRecord, ballots: Ballots, me: SpUser): PollResults {
    const open = closedAt(poll) === undefined;
    if (!canSeeResults(poll, ballots.has(me.personId), open))
      return {
        pollId: poll.id,
        visible: false,
        reason: poll.resultsVisibility === 'after-vote' ? 'vote-first' : 'until-close',
        voterCount: ballots.size,
      };
    const counts = new Map(poll.options.map((o) => [o.id, 0]));
    let voteCount = 0;
    for (const choice of ballots.values())
      for (const id of choice)
        if (counts.has(id)) {
          counts.set(id, counts.get(id)! + 1);
          voteCount++;
        }
    return {
      pollId: poll.id,
      visible: true,
      voterCount: ballots.size,
      voteCount,
      options: poll.options.map((o) => ({ optionId: o.id, votes: counts.get(o.id)! })),
    };
  }

  function checkVote(poll: PollRecord, optionIds: unknown): string[] {
    if (closedAt(poll) !== undefined) throw new PleinError('conflict', { reason: 'poll-closed' });
    const ids = parseVote(optionIds);
    ids.forEach((id, index) => {
      if (!poll.options.some((o) => o.id === id))
        throw new PleinError('invalid', { field: 'optionIds', index, reason: 'unknown-option' });
    });
    if (ids.length > poll.maxChoices)
      throw new PleinError('invalid', { field: 'optionIds', limit: poll.maxChoices, reason: 'too-many-choices' });
    return ids;
  }

  /** An earlier write of mine with this key: a retry finds it instead of writing again. */
  async function written(list: typeof LISTS.polls | typeof LISTS.votes, key: string, me: SpUser) {
    const page = await readPage(sp, list, {
      where: [{ field: 'WriteKey', op: 'eq', value: key }],
      select: ['ID', 'Author/Name', ...(list === LISTS.polls ? ['PleinId'] : [])],
      expand: ['Author'],
      top: 10,
    });
    return page.items.find((row) => authorOf(row) === me.personId);
  }

  const keyOf = (options: unknown): string => parseWriteOptions(options).idempotencyKey;

  return {
    get: (id) =>
      listCall(async () => {
        const { poll, ballots, me } = await loaded(id);
        return view(poll, ballots, me);
      }),

    results: (id) =>
      listCall(async () => {
        const { poll, ballots, me } = await loaded(id);
        return results(poll, ballots, me);
      }),

    listMine: (page) =>
      listCall(async () => {
        const request = parsePageRequest(page, maxPageSize);
        const cursor = request.cursor;
        if (cursor !== undefined && !/^[1-9]\d{0,9}$/.test(cursor))
          throw new PleinError('invalid', { field: 'cursor', reason: 'bad-cursor' });
        const me = await user();
        const where: Clause[] = [{ field: 'AuthorId', op: 'eq', value: me.siteUserId }];
        if (cursor !== undefined) where.push({ field: 'ID', op: 'lt', value: Number(cursor) });
        const found = await readPage(sp, LISTS.polls, {
          where,
          select: POLL_SELECT,
          expand: ['Author'],
          orderBy: { field: 'ID', desc: true },
          top: request.limit + 1,
        });
        const records = found.items.slice(0, request.limit).map(recordOf);
        const items = await Promise.all(records.map(viewOf));
        const last = records.at(-1);
        return found.items.length > request.limit && last ? { items, next: String(last.itemId) } : { items };
      }),

    create: (draft, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const me = await user();
        const earlier = await written(LISTS.polls, key, me);
        if (earlier) return viewOf(await pollOf(String(earlier.PleinId)));
        const parsed = parsePollDraft(draft, now());
        if (parsed.anonymous) throw new PleinError('invalid', { field: 'anonymous', reason: 'needs-server' });
        const id = newId('poll');
        await addItem(sp, LISTS.polls, { ...draftFields(parsed), PleinId: id, WriteKey: key });
        return viewOf(await pollOf(id));
      }),

    update: (id, draft, options) =>
      listCall(async () => {
        keyOf(options);
        const poll = await pollOf(id);
        const me = await user();
        if (poll.createdBy !== me.personId) throw new PleinError('forbidden', { reason: 'not-creator' });
        if (closedAt(poll) !== undefined) throw new PleinError('conflict', { reason: 'poll-closed' });
        const parsed = parsePollDraft(draft, now());
        if (parsed.anonymous) throw new PleinError('invalid', { field: 'anonymous', reason: 'needs-server' });
        if ((await ballotsOf(poll.id)).size > 0) throw new PleinError('conflict', { reason: 'has-votes' });
        await updateWithEtag(sp, itemPath(LISTS.polls, poll.itemId), (current) => {
          const options = parseJson<PollOption[]>(current.Options, poll.options);
          return draftFields(parsed, options);
        });
        return viewOf(await pollOf(poll.id));
      }),

    vote: (id, optionIds, options) =>
      listCall(async () => {
        const key = keyOf(options);
        const poll = await pollOf(id);
        const me = await user();
        if (await written(LISTS.votes, key, me)) return viewOf(poll);
        const ids = checkVote(poll, optionIds);
        await addItem(sp, LISTS.votes, {
          Title: poll.id,
          PollId: poll.id,
          Box: boxOf(poll.id, me.personId),
          Choice: JSON.stringify(ids),
          WriteKey: key,
        });
        return viewOf(poll);
      }),

    close: (id, options) =>
      listCall(async () => {
        keyOf(options);
        const poll = await pollOf(id);
        const me = await user();
        if (poll.createdBy !== me.personId && !isModerator(me))
          throw new PleinError('forbidden', { reason: 'not-creator' });
        if (closedAt(poll) === undefined)
          await updateWithEtag(sp, itemPath(LISTS.polls, poll.itemId), (current) =>
            current.ClosedAt ? undefined : { ClosedAt: iso() },
          );
        return viewOf(await pollOf(poll.id));
      }),
  };
}
