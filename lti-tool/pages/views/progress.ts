import { type Approval, type Id, nextStep, type Project, type Translator } from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { countries } from "./format.ts";

/** The approvals of the project's current submission round (R6). */
export function currentRound(project: Project, approvals: readonly Approval[]): Approval[] {
  return approvals.filter((a) => a.projectId === project.id && a.round === project.approvalRound);
}

/**
 * The project's next step and who holds it, so that nothing stalls silently (DESIGN.md
 * section 6): a founder, the co-founder, or the national units still to decide.
 */
export function nextStepView(
  t: Translator,
  project: Project,
  approvals: readonly Approval[],
  names: ReadonlyMap<Id, string>,
): SafeHtml {
  const step = nextStep(project, currentRound(project, approvals));
  const name = (id: Id | undefined) => (id ? userText(names.get(id) ?? "") : "");
  let holder = "";
  let words = t.t(`next.${step.step}`);
  switch (step.step) {
    case "complete_and_submit":
    case "choose_cofounder_again":
      holder = name(project.founderId);
      break;
    case "cofounder_decides":
      holder = name(project.cofounderId);
      break;
    case "edit_and_resubmit":
      holder = t.list([name(project.founderId), name(project.cofounderId)].filter(Boolean));
      break;
    case "national_units_decide":
      words = t.t("next.national_units_decide", { countries: countries(t, step.countries) });
      break;
    case "running":
    case "closed":
      break;
  }
  return html`<span class="next-step">${words}</span>${
    holder ? html` <span class="holder">${t.t("pages.holder", { names: holder })}</span>` : ""
  }`;
}
