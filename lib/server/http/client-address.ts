// server.ts writes the client's address into this header on every request (after deleting
// any copy the client sent), so route handlers and next-auth can rate-limit by address.
export const clientAddressHeader = "x-hearth-client-address";

type HeaderSource = Headers | Record<string, string | string[] | undefined> | undefined;

export function clientAddressFrom(headers: HeaderSource): string {
  const value =
    headers instanceof Headers ? headers.get(clientAddressHeader) : headers?.[clientAddressHeader];
  const address = Array.isArray(value) ? value[0] : value;
  return address || "unknown";
}
