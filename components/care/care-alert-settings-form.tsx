"use client";
// A moderator's care alerts on this device: the browser's own permission, then a subscription;
// all their rooms or some; quiet hours on their own clock; off in one click.
import { useRef, useState } from "react";
import { useFormErrors } from "@/components/accounts/use-form-errors";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { subscribeThisBrowser, type SubscribeProblem } from "@/lib/client/push-subscription";
import { request } from "@/lib/client/request";
import type { CareAlertSettingsView } from "@/lib/shared/care-types";

const problems: Record<SubscribeProblem, string> = {
  unsupported: "This browser can't show notifications. Try Hearth in another browser on this device.",
  unavailable: "Notifications are not available right now. Please try later.",
  denied:
    "Notifications are off for Hearth in this browser. Allow them in the browser's site settings, then try again.",
  failed: "This browser could not set up notifications. Please try again.",
};

function ClockField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  invalid?: boolean;
}) {
  return (
    <label className="flex flex-col gap-1">
      {props.label}
      <input
        type="time"
        value={props.value}
        onChange={(event) => props.onChange(event.target.value)}
        aria-invalid={props.invalid || undefined}
        className="min-h-11 rounded-xl border border-line bg-surface px-3"
      />
    </label>
  );
}

export function CareAlertSettingsForm({ initial }: { initial: CareAlertSettingsView }) {
  const [settings, setSettings] = useState(initial);
  const [allRooms, setAllRooms] = useState(initial.allRooms);
  const [roomIds, setRoomIds] = useState(new Set(initial.roomIds));
  const [quiet, setQuiet] = useState(initial.quietHours !== null);
  const [from, setFrom] = useState(initial.quietHours?.from ?? "22:00");
  const [until, setUntil] = useState(initial.quietHours?.until ?? "07:00");
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState("");
  const form = useRef<HTMLFormElement>(null);
  const errors = useFormErrors(["rooms", "quietHours.until"], form);

  async function save() {
    setPending(true);
    setDone("");
    errors.clear();
    const subscribed = await subscribeThisBrowser();
    if (!subscribed.ok) {
      setPending(false);
      return errors.show({ code: "invalid_input", message: problems[subscribed.problem] });
    }
    const result = await request<{ settings: CareAlertSettingsView }>("POST", "/api/care-alerts", {
      subscription: subscribed.subscription,
      rooms: allRooms ? "all" : [...roomIds],
      quietHours: quiet ? { from, until } : null,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    });
    setPending(false);
    if (!result.ok) return errors.show(result.error);
    setSettings(result.data.settings);
    setDone("Saved. This device will alert you when someone in your rooms may need care.");
  }

  async function turnOff() {
    setPending(true);
    setDone("");
    errors.clear();
    const result = await request("POST", "/api/care-alerts/off", {});
    setPending(false);
    if (!result.ok) return errors.show(result.error);
    setSettings({ ...settings, on: false, devices: 0 });
    setDone("Care alerts are off on every device.");
  }

  const toggleRoom = (roomId: string, on: boolean) =>
    setRoomIds((chosen) => {
      const next = new Set(chosen);
      if (on) next.add(roomId);
      else next.delete(roomId);
      return next;
    });

  return (
    <form
      ref={form}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      className="flex flex-col gap-5"
    >
      <p className="rounded-xl border border-line bg-surface p-3 font-medium">
        {settings.on
          ? `Care alerts are on, on ${settings.devices === 1 ? "one device" : `${settings.devices} devices`}.`
          : "Care alerts are off."}
      </p>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Which rooms</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="rooms" checked={allRooms} onChange={() => setAllRooms(true)} />
          All the rooms I moderate
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="rooms" checked={!allRooms} onChange={() => setAllRooms(false)} />
          Only these rooms
        </label>
        {!allRooms && (
          <ul aria-label="Rooms to be alerted about" className="flex flex-col pl-6">
            {settings.rooms.map((room) => (
              <li key={room.id}>
                <label className="flex min-h-11 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={roomIds.has(room.id)}
                    onChange={(event) => toggleRoom(room.id, event.target.checked)}
                    aria-invalid={errors.fields.rooms ? true : undefined}
                  />
                  {room.name}
                </label>
              </li>
            ))}
          </ul>
        )}
        {errors.fields.rooms && <p className="text-sm text-caution">{errors.fields.rooms}</p>}
      </fieldset>
      <fieldset className="flex flex-col gap-2">
        <legend className="font-medium">Quiet hours</legend>
        <p className="text-sm text-muted">On your own clock. No alerts then, unless you are on duty.</p>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" checked={quiet} onChange={(event) => setQuiet(event.target.checked)} />
          Keep quiet hours
        </label>
        {quiet && (
          <div className="flex flex-wrap gap-4">
            <ClockField label="From" value={from} onChange={setFrom} />
            <ClockField
              label="Until"
              value={until}
              onChange={setUntil}
              invalid={Boolean(errors.fields["quietHours.until"])}
            />
          </div>
        )}
        {errors.fields["quietHours.until"] && (
          <p className="text-sm text-caution">{errors.fields["quietHours.until"]}</p>
        )}
      </fieldset>
      <FormMessage message={errors.formMessage} reference={errors.formReference} />
      <p role="status" className="text-accent empty:hidden">
        {done}
      </p>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Setting up…" : "Save and alert me on this device"}
        </Button>
        {settings.on && (
          <Button type="button" variant="quiet" disabled={pending} onClick={() => void turnOff()}>
            Turn off care alerts
          </Button>
        )}
      </div>
    </form>
  );
}
