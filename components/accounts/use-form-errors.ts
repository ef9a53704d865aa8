"use client";
import { useEffect, useState, type RefObject } from "react";
import { referenceFor, type ErrorBody, type FieldErrors } from "@/lib/shared/errors";

/**
 * Puts an error beside the fields it names, or above the form when it names none, and moves
 * focus to the first field with a problem (or to the form's message) so nobody is left on <body>.
 */
export function useFormErrors(fieldNames: readonly string[], formRef: RefObject<HTMLFormElement | null>) {
  const [fields, setFields] = useState<FieldErrors>({});
  const [formMessage, setFormMessage] = useState<string>();
  const [formReference, setFormReference] = useState<string>();
  const [shown, setShown] = useState(0);

  useEffect(() => {
    if (shown === 0) return;
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ??
      form?.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [shown, formRef]);

  function show(error: ErrorBody) {
    const own = Object.fromEntries(
      Object.entries(error.fields ?? {}).filter(([name]) => fieldNames.includes(name)),
    );
    setFields(own);
    setFormMessage(Object.keys(own).length > 0 ? undefined : error.message);
    setFormReference(referenceFor(error));
    setShown((count) => count + 1);
  }

  function clear() {
    setFields({});
    setFormMessage(undefined);
    setFormReference(undefined);
  }

  return { fields, formMessage, formReference, show, clear };
}
