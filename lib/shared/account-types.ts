// What the account pages receive from the server: sign-up and recovery answers, and a
// suggested pseudonym. The account services return exactly these types.

export interface SignUpResult {
  id: string;
  pseudonym: string;
  /** Shown once; only its hash is kept. */
  recoveryCode: string;
}

export interface RecoverAccountResult {
  id: string;
  pseudonym: string;
  /** The new one-time code; the old one no longer works. */
  recoveryCode: string;
}

export interface PseudonymSuggestion {
  pseudonym: string;
}
