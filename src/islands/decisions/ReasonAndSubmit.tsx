/** The end of every decision form: the required 理由, the form's message and its submit button. */
import type { Signal } from "@preact/signals";

interface Props {
  reason: Signal<string>;
  message: Signal<string | null>;
  submitLabel: string;
}

/** A required reason, the refusal or error if any, and the button that saves the decision. */
export default function ReasonAndSubmit({ reason, message, submitLabel }: Props) {
  return (
    <>
      <label>
        理由
        <textarea
          aria-required="true"
          value={reason.value}
          onInput={(event) => (reason.value = event.currentTarget.value)}
        />
      </label>
      {message.value !== null && <p role="alert">{message.value}</p>}
      <button type="submit">{submitLabel}</button>
    </>
  );
}
