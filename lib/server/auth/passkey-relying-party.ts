// Who Hearth is to a passkey (WebAuthn's relying party): the host of NEXTAUTH_URL, the address
// people use. A passkey works only on the host it was made for, and is accepted only from that
// origin, so a look-alike site cannot use it.
import { env } from "@/lib/env";

export interface RelyingParty {
  id: string;
  name: string;
  origin: string;
}

export function relyingParty(): RelyingParty {
  const config = env();
  const url = new URL(config.NEXTAUTH_URL ?? `http://localhost:${config.PORT}`);
  return { id: url.hostname, name: "Hearth", origin: url.origin };
}
