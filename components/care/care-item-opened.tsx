"use client";
// Says a care item was opened, once the page that shows it is really on a moderator's screen.
import { useCareOpened } from "@/lib/client/use-care-looks";

export function CareItemOpened({ itemId }: { itemId: string }) {
  useCareOpened(itemId);
  return null;
}
