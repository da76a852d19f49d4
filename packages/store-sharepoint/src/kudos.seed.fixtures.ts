/**
 * Seeds kudos for the contract world: values (and settings) in the values list, kudos oldest
 * first (the wall's order is the order of writing) as their givers at their own times, with
 * their recipient rows and reactions, the way the store itself writes them.
 */
import type { SeedData } from '@plein/core/testing';
import { SETTINGS_ID } from './kudos-rows.js';
import { weekOf } from './kudos-write.js';
import { KUDOS_LISTS } from './schema-kudos.js';
import { LISTS } from './schema.js';
import type { SeedContext } from './seed.fixtures.js';

export function seedKudos({ site, list, userOf, at, clock }: SeedContext, data: SeedData): void {
  const editor = [...site.users.values()][0]!.id;
  const values = list(KUDOS_LISTS.values.title);
  for (const { archived = false, ...value } of data.kudosValues ?? [])
    values.add(editor, clock.now(), {
      Title: value.name.en ?? value.name.nl ?? '',
      PleinId: value.id,
      Name: JSON.stringify(value.name),
      Description: JSON.stringify(value.description),
      Emoji: value.emoji,
      Color: value.color,
      Archived: archived,
    });
  if (data.kudosSettings)
    values.add(editor, clock.now(), {
      Title: SETTINGS_ID,
      PleinId: SETTINGS_ID,
      Settings: JSON.stringify({ peopleLeaderboard: data.kudosSettings.peopleLeaderboard }),
    });
  // Departments as the People list has them (people may have been seeded earlier).
  const departments = new Map<unknown, unknown>();
  for (const item of list(LISTS.people.title).items.values())
    departments.set(item.values.PersonId, item.values.Department);
  const sorted = [...(data.kudos ?? [])].sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  for (const seed of sorted) {
    const time = at(seed.createdAt);
    const by = userOf(seed.fromId).id;
    const item = list(KUDOS_LISTS.kudos.title).add(by, time, {
      Title: seed.message.slice(0, 255),
      PleinId: seed.id,
      From: seed.fromId,
      ValueId: seed.valueId,
      Recipients: JSON.stringify(seed.toIds),
      Message: seed.message,
      Week: weekOf(time),
    });
    for (const to of seed.toIds)
      list(KUDOS_LISTS.recipients.title).add(by, time, {
        Title: seed.id,
        KudosItem: item.id,
        KudosId: seed.id,
        To: to,
        Department: String(departments.get(to) ?? ''),
        ValueId: seed.valueId,
        From: seed.fromId,
      });
    for (const r of seed.reactions ?? [])
      list(KUDOS_LISTS.reactions.title).add(userOf(r.by).id, r.at ? at(r.at) : time, {
        Title: seed.id,
        Target: seed.id,
        Reaction: r.reaction,
        On: true,
      });
  }
}
