import { describe, expect, it } from "vitest";
import {
  inCareCircle,
  inQuietHours,
  minutesOfDay,
  nextCareRound,
  type CareCandidate,
} from "@/lib/server/policies/care-alert-policies";

// 02:30 in London (winter, UTC+0) is 03:30 in Berlin and 21:30 the evening before in New York.
const night = new Date("2027-01-12T02:30:00Z");

const person = (userId: string, facts: Partial<CareCandidate> = {}): CareCandidate => ({
  userId,
  isAdmin: false,
  moderatesRoom: true,
  onDuty: false,
  alertsForRoom: true,
  quietHours: null,
  ...facts,
});
const sleeping = { from: 22 * 60, until: 7 * 60, timeZone: "Europe/London" };

describe("quiet hours, on the moderator's own clock", () => {
  it.each([
    ["across midnight, inside", sleeping, true],
    [
      "the same hours where it is still evening (New York, 21:30)",
      { ...sleeping, timeZone: "America/New_York" },
      false,
    ],
    ["during the day, outside", { from: 9 * 60, until: 17 * 60, timeZone: "Europe/London" }, false],
    ["the start counts as quiet", { from: 2 * 60 + 30, until: 3 * 60, timeZone: "Europe/London" }, true],
    ["the end does not", { from: 1 * 60, until: 2 * 60 + 30, timeZone: "Europe/London" }, false],
    ["none", null, false],
  ])("%s", (_what, quiet, expected) => {
    expect(inQuietHours(quiet, night)).toBe(expected);
  });

  it("reads the clock in the zone", () => {
    expect(minutesOfDay(night, "Europe/Berlin")).toBe(3 * 60 + 30);
    expect(minutesOfDay(night, "America/New_York")).toBe(21 * 60 + 30);
  });
});

describe("who is in which circle", () => {
  it.each([
    ["a moderator on duty", person("a", { onDuty: true }), "on_duty", true],
    [
      "on duty during their quiet hours",
      person("a", { onDuty: true, quietHours: sleeping }),
      "on_duty",
      true,
    ],
    ["on duty without care alerts", person("a", { onDuty: true, alertsForRoom: false }), "on_duty", false],
    ["off duty", person("a"), "on_duty", false],
    ["the room's moderator", person("a"), "room_moderators", true],
    ["the room's moderator asleep", person("a", { quietHours: sleeping }), "room_moderators", false],
    [
      "an admin is not the room's moderator",
      person("a", { isAdmin: true, moderatesRoom: false }),
      "room_moderators",
      false,
    ],
    ["an admin", person("a", { isAdmin: true, moderatesRoom: false }), "admins", true],
    [
      "an admin asleep",
      person("a", { isAdmin: true, moderatesRoom: false, quietHours: sleeping }),
      "admins",
      false,
    ],
    [
      "an admin appointed to the room is among its moderators",
      person("a", { isAdmin: true }),
      "admins",
      false,
    ],
  ] as const)("%s", (_what, candidate, circle, expected) => {
    expect(inCareCircle(circle, candidate, night)).toBe(expected);
  });
});

describe("the next round", () => {
  const onDuty = person("on-duty", { onDuty: true });
  const moderator = person("moderator");
  const asleep = person("asleep", { quietHours: sleeping });
  const admin = person("admin", { isAdmin: true, moderatesRoom: false });

  it("goes to the moderators on duty first", () => {
    expect(nextCareRound([onDuty, moderator, admin], new Set(), 0, night)).toEqual({
      circle: "on_duty",
      circlesTried: 1,
      userIds: ["on-duty"],
    });
  });
  it("with nobody on duty, to the room's moderators outside their quiet hours", () => {
    expect(nextCareRound([moderator, asleep, admin], new Set(), 0, night)?.userIds).toEqual(["moderator"]);
  });
  it("with none of them reachable, to the admins", () => {
    expect(nextCareRound([asleep, admin], new Set(), 0, night)).toMatchObject({
      circle: "admins",
      circlesTried: 3,
    });
  });
  it("escalates to the next circle, never alerting anyone twice", () => {
    const first = nextCareRound([onDuty, moderator, admin], new Set(), 0, night)!;
    const second = nextCareRound(
      [onDuty, moderator, admin],
      new Set(first.userIds),
      first.circlesTried,
      night,
    )!;
    expect(second).toMatchObject({ circle: "room_moderators", userIds: ["moderator"] });
    const third = nextCareRound(
      [onDuty, moderator, admin],
      new Set([...first.userIds, ...second.userIds]),
      second.circlesTried,
      night,
    );
    expect(third).toMatchObject({ circle: "admins", userIds: ["admin"] });
    expect(
      nextCareRound([onDuty, moderator, admin], new Set(["on-duty", "moderator", "admin"]), 3, night),
    ).toBe(null);
  });
  it("is null when nobody can be reached", () => {
    expect(nextCareRound([asleep, person("no-device", { alertsForRoom: false })], new Set(), 0, night)).toBe(
      null,
    );
  });
});
