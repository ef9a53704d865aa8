// Control characters are refused wherever text enters: every text field of every input schema,
// each given a NUL (and other control characters), answers with an issue on that field.
import type { z } from "zod";
import { describe, expect, it } from "vitest";
import {
  changePasswordInputSchema,
  recoverAccountInputSchema,
  signInInputSchema,
  signUpInputSchema,
} from "@/lib/shared/schemas/account";
import {
  addWatchedWordSchema,
  administrationSchema,
  removeWatchedWordSchema,
} from "@/lib/shared/schemas/admin";
import { editMessageSchema, sendMessageSchema } from "@/lib/shared/schemas/chat";
import { createReportSchema, moderationActionSchema } from "@/lib/shared/schemas/moderation";
import { hasControlCharacters, text } from "@/lib/shared/schemas/text";

const roomId = "5b0c4a52-7d7a-4a43-9d55-6c0e1a8d7f10";
const clientId = "1f0b7d1c-3f6a-4c52-8a43-0b5b8e1c6d21";

// schema, a valid input, the text fields to poison
const cases: [string, z.ZodType, Record<string, unknown>, string[]][] = [
  [
    "sign-up",
    signUpInputSchema,
    { pseudonym: "Quiet River", password: "lantern meadow quietly" },
    ["pseudonym", "password"],
  ],
  [
    "sign-in",
    signInInputSchema,
    { pseudonym: "Quiet River", password: "lantern meadow quietly" },
    ["pseudonym", "password"],
  ],
  [
    "recovery",
    recoverAccountInputSchema,
    {
      pseudonym: "Quiet River",
      recoveryCode: "ABCDE-FGHJK-MNPQR-STVWX",
      newPassword: "lantern meadow quietly",
    },
    ["pseudonym", "recoveryCode", "newPassword"],
  ],
  [
    "password change",
    changePasswordInputSchema,
    { currentPassword: "lantern meadow quietly", newPassword: "another long passphrase" },
    ["currentPassword", "newPassword"],
  ],
  [
    "send",
    sendMessageSchema,
    { roomId, clientId, body: "Hello", contentWarning: "loss" },
    ["body", "contentWarning"],
  ],
  ["edit", editMessageSchema, { messageId: "1", body: "Hello" }, ["body"]],
  ["report", createReportSchema, { messageId: "1", reason: "other", details: "why" }, ["details"]],
  [
    "moderation",
    moderationActionSchema,
    { action: "warn", roomId, userId: roomId, reason: "why" },
    ["reason"],
  ],
  [
    "guidelines",
    moderationActionSchema,
    { action: "edit_guidelines", roomId, guidelines: "Be kind.", reason: "why" },
    ["guidelines", "reason"],
  ],
  [
    "watched word",
    addWatchedWordSchema,
    { phrase: "meanie", action: "block", reason: "why" },
    ["phrase", "reason"],
  ],
  ["watched word removal", removeWatchedWordSchema, { id: roomId, reason: "why" }, ["reason"]],
  [
    "create room",
    administrationSchema,
    {
      action: "create_room",
      topicId: roomId,
      slug: "a-room",
      name: "A room",
      description: "About",
      capacity: 12,
      guidelines: "Be kind.",
      reason: "why",
    },
    ["slug", "name", "description", "guidelines", "reason"],
  ],
  [
    "appoint",
    administrationSchema,
    { action: "appoint_moderator", roomId, pseudonym: "Quiet River", reason: "why" },
    ["pseudonym", "reason"],
  ],
];

describe("text fields", () => {
  it.each(cases)("%s: the valid input passes", (_name, schema, valid) => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  for (const [name, schema, valid, fields] of cases) {
    it.each(
      fields.flatMap((field) =>
        ["\u0000", "\u0007", "\u001b[31m", "\u007f", "\u0085"].map((c) => [field, c]),
      ),
    )(`${name}: refuses %s with %j in it`, (field, character) => {
      const original = String(valid[field]);
      const poisoned = { ...valid, [field]: `${original.slice(0, 2)}${character}${original.slice(2)}` };
      const result = schema.safeParse(poisoned);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join("."))).toContain(field);
    });
  }

  it("keeps tab, line feed and carriage return, and every printable letter", () => {
    expect(text().parse("one\ttwo\nthree\r\nfour é 漢 🌿 \u200d")).toBe(
      "one\ttwo\nthree\r\nfour é 漢 🌿 \u200d",
    );
    expect(hasControlCharacters("\u0000")).toBe(true);
    expect(hasControlCharacters("plain")).toBe(false);
  });
});
