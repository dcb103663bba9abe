import { type DomainError, LIMITS, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml } from "../../web/html.ts";
import { actionButton, csrfField, formState, textArea } from "./fields.ts";
import { errorSummary } from "./feedback.ts";

/**
 * A national unit's yes-or-no decision on one card (a school to verify, a school label to award):
 * the yes is one button, the no opens to ask for a reason. One view so both queues read alike.
 */
export function decisionForms(spec: {
  t: Translator;
  csrf: string;
  action: string;
  /** What is decided on, read after each button's label. */
  name: string;
  /** Tells the textarea apart from the other cards' on the page. */
  reasonId: string;
  /** Each way's `decision` value and translated texts. */
  yes: { decision: string; label: string };
  no: { decision: string; label: string; confirm: string; reason: string; reasonHint: string };
  failed: { error: DomainError; values: Record<string, unknown> } | undefined;
}): SafeHtml {
  const { t, failed } = spec;
  const state = formState(t, failed?.values ?? {}, failed?.error);
  return html`${errorSummary(t, failed?.error)}
    <div class="decision">
      ${actionButton({
        action: spec.action,
        csrf: spec.csrf,
        label: spec.yes.label,
        context: spec.name,
        hidden: { decision: spec.yes.decision },
        style: "primary",
      })}
      <details ${failed ? html`open` : ""}>
        <summary>${spec.no.label}<span class="vh"> – ${spec.name}</span></summary>
        <form method="post" action="${spec.action}" novalidate>
          ${csrfField(spec.csrf)}
          <input type="hidden" name="decision" value="${spec.no.decision}" />
          ${textArea({
            state,
            name: "reason",
            id: spec.reasonId,
            label: spec.no.reason,
            hint: spec.no.reasonHint,
            maxlength: LIMITS.reason,
            rows: 3,
          })}
          <button type="submit" class="danger">${spec.no.confirm}</button>
        </form>
      </details>
    </div>`;
}
