import { useId, type ComponentProps, type ReactNode } from "react";

interface TextFieldProps extends ComponentProps<"input"> {
  label: string;
  hint?: ReactNode;
  error?: string;
  action?: ReactNode;
}

/** A labelled input with its hint and its error, both tied to it for screen readers. */
export function TextField({ label, hint, error, action, id, className = "", ...input }: TextFieldProps) {
  const generatedId = useId();
  const inputId = id ?? generatedId;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy =
    [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`flex flex-col gap-1.5 ${className}`}>
      <label htmlFor={inputId} className="font-medium">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-muted">
          {hint}
        </p>
      )}
      <div className="flex gap-2">
        <input
          id={inputId}
          {...input}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          className="min-h-11 w-full min-w-0 rounded-xl border border-line bg-surface px-3 py-2 text-ink aria-[invalid]:border-caution"
        />
        {action}
      </div>
      {error && (
        <p id={errorId} className="text-sm text-caution">
          {error}
        </p>
      )}
    </div>
  );
}
