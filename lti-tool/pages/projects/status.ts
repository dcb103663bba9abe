import { type Approval, LIMITS, missingForSubmission } from "../../../core/index.ts";
import { html, type SafeHtml, userText } from "../../web/html.ts";
import { actionButton, csrfField, textArea } from "../views/fields.ts";
import { approvalStatus, country, dateTime, statusBadge } from "../views/format.ts";
import { currentRound, nextStepView } from "../views/progress.ts";
import { type ProjectShown, sectionError, sectionState } from "./shown.ts";

function approvalRows(shown: ProjectShown, approvals: readonly Approval[]): SafeHtml[] {
  const { t } = shown.ctx;
  return approvals.map(
    (a) => html`<tr>
      <th scope="row">${country(t, a.country)}</th>
      <td>${approvalStatus(t, a)}</td>
      <td>${a.moderatorId ? userText(shown.data.names.get(a.moderatorId) ?? "") : ""}</td>
      <td>${a.decidedAt ? dateTime(t, a.decidedAt) : ""}</td>
      <td>${a.reason ?? ""}</td>
    </tr>`,
  );
}

function approvalTable(shown: ProjectShown, approvals: readonly Approval[], caption: string): SafeHtml {
  const { t } = shown.ctx;
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        <th scope="col">${t.t("approval.unit")}</th>
        <th scope="col">${t.t("approval.decision")}</th>
        <th scope="col">${t.t("approval.moderator")}</th>
        <th scope="col">${t.t("approval.date")}</th>
        <th scope="col">${t.t("field.reason")}</th>
      </tr>
    </thead>
    <tbody>
      ${approvalRows(shown, approvals)}
    </tbody>
  </table>`;
}

/** R6: the moderator of a country asked to decide approves, or rejects with a reason. */
function decisionForm(shown: ProjectShown, approval: Approval): SafeHtml {
  const { t } = shown.ctx;
  const { project } = shown.data;
  const state = sectionState(shown, "status");
  const action = `/app/projects/${project.id}/approvals/${approval.country}`;
  const unit = country(t, approval.country);
  return html`<div class="decision">
    <h3>${t.t("approval.decide_heading", { country: unit })}</h3>
    <p>${t.t("approval.decide_intro")}</p>
    ${sectionError(shown, "status")}
    <form method="post" action="${action}" class="inline-block">
      ${csrfField(shown.ctx.session.csrfToken)}
      <input type="hidden" name="decision" value="approve" />
      <button type="submit" class="primary">${t.t("approval.approve")}</button>
    </form>
    <form method="post" action="${action}" novalidate>
      ${csrfField(shown.ctx.session.csrfToken)}
      <input type="hidden" name="decision" value="reject" />
      ${textArea({ state, name: "reason", label: t.t("approval.reason"), hint: t.t("approval.reason_hint"), maxlength: LIMITS.reason, rows: 3 })}
      <button type="submit" class="danger">${t.t("approval.reject")}</button>
    </form>
  </div>`;
}

/** Status, next step and who holds it, each national unit's decision, and the decision form. */
export function statusSection(shown: ProjectShown): SafeHtml {
  const { t } = shown.ctx;
  const { project, approvals, names, moderating } = shown.data;
  const current = currentRound(project, approvals);
  const earlier = approvals.filter((a) => a.round < project.approvalRound);
  const toDecide = current.filter((a) => a.status === "pending" && moderating.includes(a.country));
  return html`<section aria-labelledby="status-heading">
    <h2 id="status-heading">${t.t("project.status_heading")}</h2>
    <p>${statusBadge(t, project.status)} ${nextStepView(t, project, approvals, names)}</p>
    ${current.length > 0 ? approvalTable(shown, current, t.t("approval.current", { round: project.approvalRound })) : ""}
    ${
      earlier.length > 0
        ? html`<details>
          <summary>${t.t("approval.earlier")}</summary>
          ${approvalTable(shown, earlier, t.t("approval.earlier"))}
        </details>`
        : ""
    }
    ${toDecide.map((approval) => decisionForm(shown, approval))}
    ${toDecide.length === 0 ? sectionError(shown, "status") : ""}
  </section>`;
}

/**
 * What the founders, the invited co-founder, invitees and members may do with the project
 * now. Only allowed steps are offered; core refuses the others anyway.
 */
export function lifecycleSection(shown: ProjectShown): SafeHtml | string {
  const { t, session, viewer } = shown.ctx;
  const { project, role, myInvitation } = shown.data;
  const me = viewer.kind === "account" ? viewer.accountId : "";
  const csrf = session.csrfToken;
  const base = `/app/projects/${project.id}`;
  const isFounder = project.founderId === me || (project.cofounderId === me && role === "founder");
  const parts: (SafeHtml | string)[] = [];
  const kindNote = project.kind
    ? html`<p class="kind-preview">${t.t(`kind.${project.kind}.explained`)}</p>`
    : "";

  if (project.status === "awaiting_cofounder" && project.cofounderId === me) {
    parts.push(html`<p>${t.t("lifecycle.cofounder_intro", { name: userText(shown.data.founder?.name ?? "") })}</p>
      ${kindNote}
      <div class="actions">
        ${actionButton({ action: `${base}/cofounder`, csrf, label: t.t("lifecycle.cofounder_accept"), hidden: { decision: "accept" }, style: "primary" })}
        ${actionButton({ action: `${base}/cofounder`, csrf, label: t.t("lifecycle.cofounder_decline"), hidden: { decision: "decline" } })}
      </div>`);
  }
  if (myInvitation) {
    parts.push(html`<p>${t.t("lifecycle.invited")}</p>
      <div class="actions">
        ${actionButton({ action: `/app/invitations/${myInvitation.id}/accept`, csrf, label: t.t("invitation.accept"), style: "primary" })}
        ${actionButton({ action: `/app/invitations/${myInvitation.id}/decline`, csrf, label: t.t("invitation.decline") })}
      </div>`);
  }
  const draft = project.status === "draft" || project.status === "declined";
  if (draft && project.founderId === me) {
    const missing = missingForSubmission(project);
    parts.push(html`${kindNote}
      ${
        missing.length > 0
          ? html`<p>${t.t("lifecycle.missing", { fields: t.list(missing.map((f) => t.t(`field.${f}`))) })}</p>`
          : ""
      }
      ${project.cofounderId ? "" : html`<p>${t.t("lifecycle.no_cofounder")}</p>`}
      <div class="actions">
        <a class="button" href="${base}/edit">${t.t("lifecycle.edit")}</a>
        ${
          project.cofounderId && missing.length === 0
            ? actionButton({ action: `${base}/submit`, csrf, label: t.t("lifecycle.send"), style: "primary" })
            : ""
        }
      </div>`);
  }
  if (project.status === "awaiting_cofounder" && project.founderId === me) {
    parts.push(html`<div class="actions">
      ${actionButton({ action: `${base}/withdraw`, csrf, label: t.t("lifecycle.withdraw") })}
    </div>`);
  }
  if (project.status === "rejected" && isFounder) {
    parts.push(html`<p>${t.t("lifecycle.rejected")}</p>
      <div class="actions">
        <a class="button" href="${base}/edit">${t.t("lifecycle.edit")}</a>
        ${actionButton({ action: `${base}/resubmit`, csrf, label: t.t("lifecycle.resubmit"), style: "primary" })}
      </div>`);
  }
  if (project.status === "active" && isFounder) {
    parts.push(html`<div class="actions">
        <a class="button" href="${base}/edit">${t.t("lifecycle.edit")}</a>
      </div>
      <form method="post" action="${base}/close" class="confirm">
        ${csrfField(csrf)}
        <p>${t.t("lifecycle.close_explained")}</p>
        <div class="field checkbox">
          <input type="checkbox" id="close-confirm" name="confirm" value="yes" required />
          <label for="close-confirm">${t.t("lifecycle.close_confirm")}</label>
        </div>
        <button type="submit" class="danger">${t.t("lifecycle.close")}</button>
      </form>`);
  }
  if (role && role !== "founder" && project.status !== "closed") {
    parts.push(html`<p>${t.t("lifecycle.leave_explained")}</p>
      ${actionButton({ action: `${base}/leave`, csrf, label: t.t("lifecycle.leave"), style: "danger" })}`);
  }
  if (parts.length === 0 && shown.section !== "lifecycle") return "";
  return html`<section aria-labelledby="lifecycle-heading" class="panel">
    <h2 id="lifecycle-heading">${t.t("lifecycle.heading")}</h2>
    ${sectionError(shown, "lifecycle")} ${parts}
  </section>`;
}
