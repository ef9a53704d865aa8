// Whether words carry a link: web addresses with or without a scheme, and bare domains with a
// common ending. Broader than what the room makes clickable, on purpose: a link that is merely
// written out still leads somewhere.
const linkPattern =
  /\bhttps?:\/\/|\bwww\.[a-z0-9-]|\b[a-z0-9-]+(\.[a-z0-9-]+)*\.(com|net|org|io|co|me|ly|gg|xyz|info|biz|link|app|site|online|ru|tk|to|cc|shop|club|top|live)\b/i;

export function containsLink(...texts: (string | null | undefined)[]): boolean {
  return texts.some((text) => text !== null && text !== undefined && linkPattern.test(text));
}
