"use client";
import { useState, type ComponentProps } from "react";
import { TextField } from "@/components/ui/text-field";

type PasswordFieldProps = Omit<ComponentProps<"input">, "type"> & {
  label: string;
  hint?: string;
  error?: string;
};

/** A password input with a "Show" toggle: fewer typos, no second "repeat password" field. */
export function PasswordField(props: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <TextField
      {...props}
      type={visible ? "text" : "password"}
      action={
        <button
          type="button"
          onClick={() => setVisible((shown) => !shown)}
          aria-pressed={visible}
          className="min-h-11 shrink-0 rounded-xl border border-line bg-surface px-3 text-sm hover:bg-accent-soft"
        >
          {/* The name comes from the content, not aria-label, so the field's own label stays unique. */}
          {visible ? "Hide" : "Show"}
          <span className="sr-only"> {props.label.toLowerCase()}</span>
        </button>
      }
    />
  );
}
