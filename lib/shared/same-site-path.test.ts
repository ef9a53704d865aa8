import { describe, expect, it } from "vitest";
import { sameSitePath } from "@/lib/shared/same-site-path";

describe("same-site path", () => {
  it.each([
    ["/rooms/grief", "/rooms/grief"],
    ["/rooms/grief?listen=1", "/rooms/grief?listen=1"],
    ["/rooms#top", "/rooms#top"],
    ["/", "/"],
  ])("keeps %s", (value, expected) => expect(sameSitePath(value, "/rooms")).toBe(expected));

  it.each([
    [undefined],
    [null],
    [""],
    ["rooms"],
    ["//evil.example/rooms"],
    ["/\\evil.example"],
    ["/rooms\\..\\x"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    ["/\tevil"],
    ["/\u0000"],
    [`/${"a".repeat(600)}`],
  ])("refuses %j", (value) => expect(sameSitePath(value, "/rooms")).toBe("/rooms"));

  it("takes the first of repeated parameters", () => {
    expect(sameSitePath(["/a", "//b"], "/rooms")).toBe("/a");
  });
});
