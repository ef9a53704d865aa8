import { describe, expect, it } from "vitest";
import { isReservedPseudonym } from "@/lib/server/auth/reserved-pseudonyms";
import { pseudonymKey } from "@/lib/shared/schemas/account";

const reserved = (name: string) => isReservedPseudonym(pseudonymKey(name));

describe("isReservedPseudonym", () => {
  it.each([
    "Admin",
    "admin 2",
    "Hearth Team",
    "The Moderator",
    "Mod",
    "mods",
    "Staff Member",
    "Adm1n",
    "H34rth",
    "Official Help",
    "System",
    "support-desk",
  ])("keeps %j for Hearth", (name) => expect(reserved(name)).toBe(true));

  it.each(["Quiet River", "Modest Fern", "Model Train", "Helpful Heron", "Teamwork Tide", "Gentle Moss 12"])(
    "lets %j through",
    (name) => expect(reserved(name)).toBe(false),
  );
});
