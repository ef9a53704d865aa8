// What Hearth adds to next-auth's types: the account's session version travels from
// authorize() into the token, where it is checked on every use.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion: number;
    /** The second step this sign-in passed (decision 0028); absent: the password alone. */
    secondFactorKind?: "app" | "recovery_code" | "passkey";
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    sv?: number;
    sid?: string;
  }
}
