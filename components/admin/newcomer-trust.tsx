import { button, field, formValues, type AdminAct } from "@/components/admin/admin-form";
import type { TrustThresholds } from "@/lib/shared/schemas/admin";

const fields: { name: keyof TrustThresholds; label: string; max: number }[] = [
  { name: "newcomerMessages", label: "New in a room until this many messages there were shown", max: 100 },
  { name: "newcomerHours", label: "…and until this many hours after joining it", max: 720 },
  { name: "linkAccountHours", label: "Links wait while the account is younger than (hours)", max: 720 },
  { name: "linkMessages", label: "…or has had fewer messages shown anywhere than", max: 100 },
];

/** Newcomer trust's thresholds on /admin (docs/decisions/0021). Every change is logged. */
export function NewcomerTrust({ trust, act }: { trust: TrustThresholds; act: AdminAct }) {
  return (
    <section aria-labelledby="trust-heading" className="flex flex-col gap-3">
      <h2 id="trust-heading" className="text-xl font-semibold">
        Newcomer trust
      </h2>
      <p className="text-sm text-muted">
        A new member&apos;s messages with flagged words wait for a moderator instead of being shown, and in
        careful rooms all of a new member&apos;s messages wait. Links from new accounts wait everywhere. Words
        that suggest someone may be in danger are never held. 0 turns a rule off.
      </p>
      <form
        className="flex flex-wrap items-end gap-2 text-sm"
        onSubmit={(event) => {
          const values = formValues(event);
          void act(
            {
              action: "set_newcomer_trust",
              ...Object.fromEntries(fields.map(({ name }) => [name, Number(values[name])])),
            },
            { done: "Newcomer trust saved." },
          );
        }}
      >
        {fields.map(({ name, label, max }) => (
          <label key={name} className="flex max-w-56 flex-col gap-1">
            {label}
            <input
              name={name}
              type="number"
              inputMode="numeric"
              min={0}
              max={max}
              defaultValue={trust[name]}
              className={field}
            />
          </label>
        ))}
        <button type="submit" className={button}>
          Save newcomer trust
        </button>
      </form>
    </section>
  );
}
