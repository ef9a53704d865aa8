// A moderator's care alerts: which devices alert (PushSubscription.careAlerts, after the
// browser's own permission), for which of their rooms, and their quiet hours on their own clock.
// Turning them off is one step: no device alerts any more; the rooms and hours are kept.
import { notModeratingError } from "@/lib/server/services/accounts/staff-gate";
import type { MemberActor } from "@/lib/server/auth/actor";
import { db } from "@/lib/server/db";
import { moderatedRoomsWhere } from "@/lib/server/policies/moderation-policies";
import { savePushSubscription } from "@/lib/server/services/sessions/push-reminders";
import type { CareAlertSettingsView } from "@/lib/shared/care-types";
import { AppError } from "@/lib/shared/errors";
import { parseInput } from "@/lib/shared/parse-input";
import { careAlertSettingsSchema } from "@/lib/shared/schemas/care";

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

async function roomsModeratedBy(actor: MemberActor) {
  const rooms = await db().room.findMany({
    where: { ...moderatedRoomsWhere(actor), archivedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
  if (rooms.length === 0) throw await notModeratingError(actor, "Care alerts are for moderators.");
  return rooms;
}

export async function careAlertSettings(actor: MemberActor): Promise<CareAlertSettingsView> {
  const [rooms, settings, devices] = await Promise.all([
    roomsModeratedBy(actor),
    db().careAlertSettings.findUnique({
      where: { userId: actor.userId },
      select: {
        allRooms: true,
        quietFrom: true,
        quietUntil: true,
        timeZone: true,
        rooms: { select: { roomId: true } },
      },
    }),
    db().pushSubscription.count({ where: { userId: actor.userId, careAlerts: true } }),
  ]);
  return {
    on: settings !== null && devices > 0,
    devices,
    allRooms: settings?.allRooms ?? true,
    roomIds: settings?.rooms.map((room) => room.roomId) ?? [],
    quietHours:
      settings?.quietFrom != null && settings.quietUntil != null
        ? { from: clock(settings.quietFrom), until: clock(settings.quietUntil) }
        : null,
    timeZone: settings?.timeZone ?? null,
    rooms,
  };
}

/** Saves the rooms and quiet hours; with a subscription, this device alerts from now on. */
export async function saveCareAlertSettings(
  actor: MemberActor,
  rawInput: unknown,
): Promise<CareAlertSettingsView> {
  const input = parseInput(careAlertSettingsSchema, rawInput);
  const rooms = await roomsModeratedBy(actor);
  const roomIds = input.rooms === "all" ? [] : [...new Set(input.rooms)];
  const mine = new Set(rooms.map((room) => room.id));
  if (roomIds.some((roomId) => !mine.has(roomId)))
    throw new AppError("invalid_input", "You can only choose rooms you moderate.", {
      fields: { rooms: "Choose among the rooms you moderate." },
    });
  // The same checks as any subscription: a known push service, at most ten devices, rate limited.
  if (input.subscription) await savePushSubscription(actor, input.subscription);
  const settings = {
    allRooms: input.rooms === "all",
    quietFrom: input.quietHours ? minutes(input.quietHours.from) : null,
    quietUntil: input.quietHours ? minutes(input.quietHours.until) : null,
    timeZone: input.timeZone,
  };
  await db().$transaction(async (tx) => {
    await tx.careAlertSettings.upsert({
      where: { userId: actor.userId },
      create: { userId: actor.userId, ...settings },
      update: settings,
    });
    await tx.careAlertRoom.deleteMany({ where: { userId: actor.userId } });
    await tx.careAlertRoom.createMany({ data: roomIds.map((roomId) => ({ userId: actor.userId, roomId })) });
    if (input.subscription)
      await tx.pushSubscription.updateMany({
        where: { userId: actor.userId, endpoint: input.subscription.endpoint },
        data: { careAlerts: true },
      });
  });
  return careAlertSettings(actor);
}

/** One click: no device of this person alerts any more (reminders by push, if any, go on). */
export async function turnOffCareAlerts(actor: MemberActor): Promise<void> {
  await db().pushSubscription.updateMany({
    where: { userId: actor.userId, careAlerts: true },
    data: { careAlerts: false },
  });
}
