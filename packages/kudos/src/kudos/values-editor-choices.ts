/** Preset colours for a value's badge (Fluent's shared colours); any other `#rrggbb` may be picked too. */
export const SWATCHES = {
  blue: '#0f6cbd',
  teal: '#038387',
  green: '#107c10',
  orange: '#ca5010',
  red: '#c50f1f',
  magenta: '#c239b3',
  purple: '#8764b8',
  grey: '#616161',
} as const;
export type Swatch = keyof typeof SWATCHES;

/** Emoji that suit values people are thanked for; any single emoji may be typed instead. */
export const SUGGESTED_EMOJI = ['🤝', '💡', '🚀', '❤️', '🌱', '🎯', '🙌', '⭐', '🦁', '🧭', '🛠️', '😊'] as const;
