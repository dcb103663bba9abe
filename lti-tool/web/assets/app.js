// OpenTwinning's only script: small progressive enhancements. Every page works without it.
/* global document, HTMLSelectElement */
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  // A refused form: move the focus to the refusal so that screen-reader users hear it first.
  document.getElementById("error-summary")?.focus();

  // Founding form: explain the kind of project the chosen co-founder makes, before sending (R4).
  const cofounder = document.getElementById("field-cofounder");
  const preview = document.getElementById("kind-preview");
  if (cofounder instanceof HTMLSelectElement && preview) {
    cofounder.addEventListener("change", () => {
      const option = cofounder.selectedOptions[0];
      const line = document.createElement("p");
      line.textContent = option?.dataset.explained ?? preview.dataset.empty ?? "";
      preview.replaceChildren(line);
    });
  }

  // Milestones: add another row instead of sending the form to get one.
  const rows = document.getElementById("milestone-rows");
  if (rows) {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "secondary";
    button.textContent = rows.dataset.add ?? "+";
    button.addEventListener("click", () => {
      const last = rows.lastElementChild;
      if (!last) return;
      const row = last.cloneNode(true);
      const number = rows.children.length + 1;
      const labels = [rows.dataset.titleLabel ?? "", rows.dataset.dateLabel ?? ""];
      row.querySelectorAll("input").forEach((input, index) => {
        input.value = "";
        input.id = `${input.id.replace(/-\d+$/, "")}-${number - 1}`;
        const label = row.querySelectorAll("label")[index];
        if (label) {
          label.htmlFor = input.id;
          label.textContent = (labels[index] ?? "").replace("{number}", String(number));
        }
      });
      rows.append(row);
      row.querySelector("input")?.focus();
    });
    rows.after(button);
  }
});
