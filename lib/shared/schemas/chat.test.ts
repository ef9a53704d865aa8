import { describe, expect, it } from "vitest";
import { historyCursorSchema, joinRoomSchema, messageIdSchema } from "@/lib/shared/schemas/chat";

describe("message ids", () => {
  it.each(["1", "42", 42, "9223372036854775807"])("accepts %s", (value) => {
    expect(messageIdSchema.safeParse(value).success).toBe(true);
  });

  // Each of these must be a clean refusal, never an exception (BigInt("x") throws).
  it.each([
    "x",
    "",
    "0",
    "-1",
    "1.5",
    "01",
    "1e3",
    " 1",
    "9223372036854775808",
    "99999999999999999999",
    1.5,
    null,
  ])("refuses %s without throwing", (value) => {
    expect(() => messageIdSchema.safeParse(value)).not.toThrow();
    expect(messageIdSchema.safeParse(value).success).toBe(false);
  });
});

describe("history cursors and rejoins", () => {
  it.each(["abc", "1.5", "-1", "01", "", "99999999999999999999"])("refuse %j without throwing", (value) => {
    expect(messageIdSchema.safeParse(value).success).toBe(false);
    expect(historyCursorSchema.safeParse(value).success).toBe(false);
  });

  it("accept ids and the room's start", () => {
    expect(messageIdSchema.parse(42)).toBe("42");
    expect(historyCursorSchema.parse("0")).toBe("0");
  });

  it("take a rejoin's cursor and last sync time", () => {
    const roomId = "0b5f0e8e-3f5c-4f6e-9d7a-1c2b3d4e5f60";
    expect(
      joinRoomSchema.parse({ roomId, after: "7", changedSince: "2026-11-30T10:00:00.000Z" }),
    ).toMatchObject({
      after: "7",
    });
    expect(joinRoomSchema.safeParse({ roomId, after: "7", changedSince: "yesterday" }).success).toBe(false);
  });
});
