/**
 * The feed's lists. Who wrote an entry, reacted, reported, pinned or moderated is always
 * SharePoint's `Author`; nothing here is an aggregate (counts are counted from items).
 *
 * Moderation on SharePoint alone: moderators hold Full Control on the lists they act on
 * (`moderatorsManage`), so they, and nobody else, can clear or delete others' items. Hiding an
 * entry moves its content (a post's with its comments') into a moderators-only list and clears it
 * in the public list (the author keeps a stub: that it was hidden, when and by whom, not the text).
 */
import type { FieldDef, ListDef } from './schema.js';

const key: FieldDef = { name: 'WriteKey', type: 'Text', indexed: true };
const plein: FieldDef = { name: 'PleinId', type: 'Text', indexed: true, required: true };
const channel: FieldDef = { name: 'Channel', type: 'Text', indexed: true };
/** A channel name too long for `Channel` (feed-rows.ts channelKey), whole. */
const channelName: FieldDef = { name: 'ChannelName', type: 'Note' };
const postId: FieldDef = { name: 'PostId', type: 'Text', indexed: true };
/** What an entry says: text, mention ids (JSON), tags (` a b `), images (JSON). */
const content: readonly FieldDef[] = [
  { name: 'Body', type: 'Note' },
  { name: 'Mentions', type: 'Note' },
  { name: 'Tags', type: 'Note' },
  { name: 'Images', type: 'Note' },
];

/**
 * Posts: the author's own item (WriteSecurity 2); moderators may clear or delete it. `Shelf`
 * files a post under its channel and its block of 5,000 item IDs (feed-rows.ts), so a timeline
 * query's first clause never matches more than 5,000 items, however busy the channel.
 */
const posts: ListDef = {
  title: 'Plein Posts',
  fields: [
    key,
    plein,
    channel,
    channelName,
    { name: 'Shelf', type: 'Text', indexed: true },
    ...content,
    { name: 'EditedAt', type: 'DateTime' },
  ],
  writeSecurity: 2,
  moderatorsManage: true,
  indexedBuiltIns: ['Author', 'Created'],
};

/** Comments and replies; `Thread` is the post (top-level comments) or the comment replied to. */
const comments: ListDef = {
  title: 'Plein Comments',
  fields: [
    key,
    plein,
    channel,
    channelName,
    postId,
    { name: 'Thread', type: 'Text', indexed: true },
    ...content,
    { name: 'EditedAt', type: 'DateTime' },
  ],
  writeSecurity: 2,
  moderatorsManage: true,
  indexedBuiltIns: ['Author', 'Created'],
};

/** The content of hidden entries: readable by moderators only, restored from here. */
const hidden: ListDef = {
  title: 'Plein Hidden Posts',
  fields: [{ name: 'EntryId', type: 'Text', indexed: true, required: true }, ...content],
  moderatorsOnly: true,
};

/**
 * Reactions: one item per change of one person's reaction to one entry, never edited (the
 * latest per person and kind counts), so two people reacting in the same second are two items.
 */
const reactions: ListDef = {
  title: 'Plein Reactions',
  fields: [
    key,
    { name: 'Target', type: 'Text', indexed: true, required: true },
    postId,
    channel,
    { name: 'Reaction', type: 'Text' },
    { name: 'On', type: 'Boolean' },
  ],
  writeSecurity: 2,
  indexedBuiltIns: ['Author', 'Created'],
};

/** Reports: each reporter reads only their own (ReadSecurity 2); moderators and the communications team read all. */
const reports: ListDef = {
  title: 'Plein Reports',
  fields: [
    key,
    { name: 'Target', type: 'Text', indexed: true, required: true },
    postId,
    channel,
    { name: 'Reason', type: 'Text' },
    { name: 'Note', type: 'Note' },
  ],
  readSecurity: 2,
  writeSecurity: 2,
  moderatorsManage: true,
  // The communications team counts reports in insights; read-own-items hides them from anyone
  // without Full Control, so the team holds it here too.
  teamManage: true,
  indexedBuiltIns: ['Author', 'Created'],
};

/**
 * Moderation actions (hide, restore, dismiss, lock, unlock), read by everyone, written only by
 * moderators (members Read; WriteSecurity 4: only Full Control writes). `Subject` is the entry's author.
 */
const moderation: ListDef = {
  title: 'Plein Moderation',
  fields: [
    key,
    { name: 'EntryId', type: 'Text', indexed: true, required: true },
    postId,
    channel,
    { name: 'Action', type: 'Text' },
    { name: 'Reason', type: 'Text' },
    { name: 'Subject', type: 'Text' },
  ],
  writeSecurity: 4,
  moderatorsManage: true,
  readOnlyForMembers: true,
  indexedBuiltIns: ['Created'],
};

/**
 * Pins: the latest item per post counts. Only moderators and the communications group (Full
 * Control on this list) write: members Read, and WriteSecurity 4 for anyone without Full Control.
 */
const pins: ListDef = {
  title: 'Plein Pins',
  fields: [
    key,
    postId,
    channel,
    { name: 'Pinned', type: 'Boolean' },
    { name: 'Announcement', type: 'Boolean' },
    { name: 'Until', type: 'DateTime' },
  ],
  writeSecurity: 4,
  moderatorsManage: true,
  teamManage: true,
  readOnlyForMembers: true,
};

/** Channel settings (moderators as JSON ids), written by moderators and owners only. */
const channels: ListDef = {
  title: 'Plein Channels',
  fields: [
    { name: 'ChannelId', type: 'Text', indexed: true, required: true },
    { name: 'Moderators', type: 'Note' },
  ],
  writeSecurity: 4,
  moderatorsManage: true,
  readOnlyForMembers: true,
};

/**
 * Uploaded images: one item per upload, the image its attachment (an https URL); `Meta` is the
 * Attachment as JSON, `PostId` the post it went with (an image goes with one post).
 */
const files: ListDef = {
  title: 'Plein Files',
  fields: [key, plein, postId, { name: 'Meta', type: 'Note' }],
  writeSecurity: 2,
  moderatorsManage: true,
  indexedBuiltIns: ['Author'],
};

export const FEED = { posts, comments, hidden, reactions, reports, moderation, pins, channels, files };

export const FEED_LISTS: readonly ListDef[] = Object.values(FEED);
