/** A form-wide message (not tied to one field), read out when it appears; focusable for the form's error focus. */
export function FormMessage({ message }: { message?: string }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:hidden">
      {message && (
        <p
          data-form-message
          tabIndex={-1}
          className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution"
        >
          {message}
        </p>
      )}
    </div>
  );
}
