/**
 * A form-wide message (not tied to one field), read out when it appears; focusable for the form's
 * error focus. `reference`: when something went wrong on our side, the request's id in small
 * text, for a person to quote to whoever runs Hearth (it finds the log line).
 */
export function FormMessage({ message, reference }: { message?: string; reference?: string }) {
  return (
    <div role="alert" aria-live="assertive" className="empty:hidden">
      {message && (
        <p
          data-form-message
          tabIndex={-1}
          className="rounded-xl border border-caution/40 bg-caution-soft px-4 py-3 text-caution"
        >
          {message}
          {reference && (
            <span data-error-reference className="mt-1 block text-xs break-all">
              Reference: {reference}
            </span>
          )}
        </p>
      )}
    </div>
  );
}
