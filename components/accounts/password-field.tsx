"use client";
import { useState, type InputHTMLAttributes } from "react";
import { TextField } from "@/components/ui/text-field";

type PasswordFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & { label: string; hint?: string; error?: string };

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
          aria-label={visible ? `Hide ${props.label.toLowerCase()}` : `Show ${props.label.toLowerCase()}`}
          className="min-h-11 shrink-0 rounded-xl border border-line bg-surface px-3 text-sm hover:bg-accent-soft"
        >
          {visible ? "Hide" : "Show"}
        </button>
      }
    />
  );
}
