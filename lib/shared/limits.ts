// The numbers forms and services share, in a module without zod, so the browser can show a hint
// or a counter without downloading the validation library (the schemas in lib/shared/schemas/
// import these and are the real check, on the server).

export const MESSAGE_MAX = 2000;
export const CONTENT_WARNING_MAX = 80;
export const HISTORY_PAGE = 50;
export const HISTORY_MAX = 100;

export const reactionKinds = ["heart", "hug", "me_too", "thank_you", "strength"] as const;
export type ReactionKindName = (typeof reactionKinds)[number];

export const PSEUDONYM_MIN = 3;
export const PSEUDONYM_MAX = 24;
export const PASSWORD_MIN = 10;
/** Long enough for any passphrase; short enough that hashing it cannot be used to tire the server. */
export const PASSWORD_MAX = 256;

export const PASSKEY_NAME_MAX = 60;
