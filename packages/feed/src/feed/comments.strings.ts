import type { Formatters, Translations } from '@plein/core';
import { count } from './plural.js';

/** The comments of a post (loaded with their code). */
const en = {
  comments: 'Comments',
  repliesTo: (name: string) => `Replies to ${name}`,
  write: 'Write a comment',
  writeReply: (name: string) => `Reply to ${name}`,
  placeholder: 'Write a comment…',
  send: 'Post comment',
  sendReply: 'Reply',
  sending: 'Sending…',
  sent: 'Comment published.',
  reply: 'Reply',
  cancel: 'Cancel',
  showMore: (n: number, format: Formatters) =>
    n > 0 ? `Show ${count(format, n, 'more comment', 'more comments')}` : 'Show more comments',
  replies: (n: number, format: Formatters) => count(format, n, 'reply', 'replies'),
  moreReplies: 'Show more replies',
  locked: 'Comments on this post are turned off.',
  loading: 'Loading comments…',
  someone: 'someone',
};

const nl: typeof en = {
  comments: 'Opmerkingen',
  repliesTo: (name) => `Antwoorden op ${name}`,
  write: 'Schrijf een opmerking',
  writeReply: (name) => `Antwoord aan ${name}`,
  placeholder: 'Schrijf een opmerking…',
  send: 'Opmerking plaatsen',
  sendReply: 'Antwoorden',
  sending: 'Versturen…',
  sent: 'Opmerking geplaatst.',
  reply: 'Antwoorden',
  cancel: 'Annuleren',
  showMore: (n, format) =>
    n > 0 ? `Toon ${count(format, n, 'opmerking', 'opmerkingen')} meer` : 'Toon meer opmerkingen',
  replies: (n, format) => count(format, n, 'antwoord', 'antwoorden'),
  moreReplies: 'Toon meer antwoorden',
  locked: 'Reageren op dit bericht is uitgezet.',
  loading: 'Opmerkingen laden…',
  someone: 'iemand',
};

export type CommentsStrings = typeof en;
export const commentsStrings: Translations<CommentsStrings> = { en, nl };
