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

/** A new authenticator-app secret, shown once while it is being set up (decision 0028). */
export interface AppSetup {
  /** The secret in groups of four, to type into an app. */
  secret: string;
  /** The otpauth:// address (what the QR code holds; a phone's own browser can open it). */
  uri: string;
  /** The QR code as an SVG data URL, drawn on the server. */
  qrCode: string;
}

/** The second step passed with the recovery code: its replacement, shown once. */
export interface SecondStepResult {
  recoveryCode?: string;
}
