/** A form-wide message (not tied to one field), read out when it appears. */
export function FormMessage({ message }: { message?: string }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:hidden">
      {message && (
        <p className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution">
          {message}
        </p>
      )}
    </div>
  );
}
