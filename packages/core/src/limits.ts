/** Input bounds shared by every store, the server and the elements' own hints. */
export const LIMITS = {
  pollQuestion: 300,
  pollOption: 120,
  pollOptionsMin: 2,
  pollOptionsMax: 10,
  pageSize: 50,
  peopleSearch: 25,
} as const;
