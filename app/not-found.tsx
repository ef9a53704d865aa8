import Link from "next/link";

export default function NotFound() {
  return (
    <section className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">We couldn&apos;t find that page</h1>
      <p className="text-muted">It may have moved, or the link may be incomplete.</p>
      <Link href="/" className="underline">
        Go to the start page
      </Link>
    </section>
  );
}
