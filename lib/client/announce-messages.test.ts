import { describe, expect, it } from "vitest";
import { announcement, toAnnounce } from "@/lib/client/announce-messages";
import type { WireMessage } from "@/lib/shared/chat-types";

const message = (
  id: number,
  author: string,
  body: string,
  extra: Partial<WireMessage> = {},
): WireMessage => ({
  id: String(id),
  roomId: "r",
  clientId: `c${id}`,
  author: { id: author.toLowerCase(), pseudonym: author },
  body,
  contentWarning: null,
  createdAt: "2026-11-30T12:00:00Z",
  editedAt: null,
  deleted: false,
  hidden: false,
  needsCare: false,
  reactions: { counts: {}, mine: [] },
  ...extra,
});

describe("announcing new messages", () => {
  it("announces one message with its author and words", () => {
    expect(announcement([message(1, "Ada", "hello")])).toBe("New message from Ada: hello");
  });

  it("groups several that arrive together into one announcement", () => {
    const three = [message(1, "Ada", "one"), message(2, "Ben", "two"), message(3, "Ada", "three")];
    expect(announcement(three)).toBe("3 new messages. Ada: one Ben: two Ada: three");
    const many = [1, 2, 3, 4, 5].map((n) => message(n, ["Ada", "Ben", "Cy", "Di"][n % 4]!, `m${n}`));
    expect(announcement(many)).toBe("5 new messages, from Ben, Cy and 2 others. The newest: Ben: m5");
  });

  it("never reads out a covered message's words", () => {
    expect(announcement([message(1, "Ada", "secret", { contentWarning: "loss" })])).toBe(
      "New message from Ada, with a content warning: loss.",
    );
    expect(announcement([message(1, "Ada", "secret", { needsCare: true })])).not.toContain("secret");
  });

  it("announces only others' new messages, each once, comparing ids as numbers", () => {
    const list = [message(9, "Ada", "old"), message(10, "Me", "mine"), message(11, "Ben", "new")];
    expect(toAnnounce(list, "9", "me").map((m) => m.id)).toEqual(["11"]);
    expect(toAnnounce(list, "11", "me")).toEqual([]);
    expect(toAnnounce([message(1, "Ada", "x", { deleted: true })], "0", "me")).toEqual([]);
  });
});
