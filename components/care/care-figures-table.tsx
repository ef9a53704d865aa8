// One window of the care figures (7 or 30 days): overall, then each room. Counts and times only.
import type { CareFigureRow, CareTimes } from "@/lib/shared/care-types";
import { durationInWords } from "@/lib/shared/duration-words";

function Times({ times, none }: { times: CareTimes | null; none: string }) {
  if (!times) return <span className="text-muted">{none}</span>;
  return (
    <>
      {durationInWords(times.median)} <span className="text-muted">/ {durationInWords(times.p90)}</span>
    </>
  );
}

function Row({ row }: { row: CareFigureRow }) {
  const none = row.crisisMessages === 0 ? "no crisis messages" : "not yet";
  return (
    <tr className="border-t border-line align-top">
      <th scope="row" className="py-2 pr-3 text-left font-medium">
        {row.room?.name ?? "All rooms"}
      </th>
      <td className="py-2 pr-3">{row.crisisMessages}</td>
      <td className="py-2 pr-3">
        <Times times={row.toFirstLook} none={none} />
      </td>
      <td className="py-2 pr-3">
        <Times times={row.toFirstCheckInMessage} none={none} />
      </td>
      <td className="py-2 pr-3">
        {row.waitedOver15Minutes} of {row.items}
      </td>
      <td className="py-2">
        {row.alerts.sent} / {row.alerts.accepted} / {row.alerts.failed}
      </td>
    </tr>
  );
}

export function CareFiguresTable({
  days,
  overall,
  rooms,
}: {
  days: number;
  overall: CareFigureRow;
  rooms: CareFigureRow[];
}) {
  const headingId = `care-${days}-heading`;
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-2">
      <h2 id={headingId} className="text-xl font-semibold">
        The last {days} days
      </h2>
      {overall.items === 0 ? (
        <p>
          No crisis messages, check-in requests or pile-ons in the last {days} days, so there is nothing to
          measure.
        </p>
      ) : (
        // The table scrolls sideways on a narrow screen rather than the page.
        <div
          className="overflow-x-auto"
          tabIndex={0}
          role="region"
          aria-label={`Care figures, last ${days} days`}
        >
          <table className="w-full min-w-[44rem] text-sm">
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-2 pr-3">
                  Room
                </th>
                <th scope="col" className="py-2 pr-3">
                  Crisis messages
                </th>
                <th scope="col" className="py-2 pr-3">
                  To a moderator&apos;s first look (median / 90th percentile)
                </th>
                <th scope="col" className="py-2 pr-3">
                  To the first check-in message (median / 90th percentile)
                </th>
                <th scope="col" className="py-2 pr-3">
                  Items that waited over 15 minutes
                </th>
                <th scope="col" className="py-2">
                  Alerts sent / accepted / failed
                </th>
              </tr>
            </thead>
            <tbody>
              <Row row={overall} />
              {rooms.map((row) => (
                <Row key={row.room?.id} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
