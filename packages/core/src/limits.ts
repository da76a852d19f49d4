/** Input bounds shared by every store, the server and the elements' own hints. */
export const LIMITS = {
  pollQuestion: 300,
  pollOption: 120,
  pollOptionsMin: 2,
  pollOptionsMax: 10,
  pageSize: 50,
  peopleSearch: 25,
  postText: 5_000,
  commentText: 2_000,
  reportNote: 500,
  attachmentAlt: 300,
  attachmentsPerPost: 4,
  /** Bytes of one image. */
  imageBytes: 5 * 1024 * 1024,
  channel: 300,
  hashtag: 50,
  feedSearch: 100,
  trending: 20,
} as const;
