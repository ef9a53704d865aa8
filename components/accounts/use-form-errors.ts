"use client";
import { useState } from "react";
import type { ErrorBody, FieldErrors } from "@/lib/shared/errors";

/** Puts an error beside the fields it names, or above the form when it names none. */
export function useFormErrors(fieldNames: readonly string[]) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string>();

  function show(error: ErrorBody) {
    const own = Object.fromEntries(
      Object.entries(error.fields ?? {}).filter(([name]) => fieldNames.includes(name)),
    );
    setFields(own);
    setFormMessage(Object.keys(own).length > 0 ? undefined : error.message);
  }

  function clear() {
    setFields({});
    setFormMessage(undefined);
  }

  return { fields, formMessage, show, clear };
}
