// One country's crisis lines, each with its links to call, text or visit. Used by the resources
// page and by the crisis-care card.
import type { CrisisRegion } from "@/lib/shared/crisis-lines";

const link = "font-medium underline underline-offset-2";

export function CrisisLineList({ region }: { region: CrisisRegion }) {
  return (
    <ul className="flex flex-col gap-2">
      {region.lines.map((line) => (
        <li key={line.name} className="flex flex-col">
          <span className="font-semibold">{line.name}</span>
          <span>{line.how}</span>
          <span className="flex flex-wrap gap-x-4">
            {line.call && (
              <a href={`tel:${line.call}`} className={link}>
                Call {line.call}
              </a>
            )}
            {line.text && (
              <a
                href={`sms:${line.text.number}${line.text.body ? `?&body=${encodeURIComponent(line.text.body)}` : ""}`}
                className={link}
              >
                Text {line.text.number}
              </a>
            )}
            {line.url && (
              <a href={line.url} className={link} rel="noreferrer">
                {new URL(line.url).hostname.replace(/^www\./, "")}
              </a>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
