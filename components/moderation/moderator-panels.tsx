"use client";
// The room's moderator tools and sessions, loaded only for the people who see them: members'
// room page stays small (tests/e2e/page-weight.spec.ts).
import dynamic from "next/dynamic";

export const RoomTools = dynamic(() => import("@/components/moderation/room-tools").then((m) => m.RoomTools));
export const ScheduleSessions = dynamic(() =>
  import("@/components/sessions/schedule-sessions").then((m) => m.ScheduleSessions),
);
