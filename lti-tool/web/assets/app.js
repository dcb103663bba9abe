// OpenTwinning's only script: small progressive enhancements. Every page works without it.
/* global document, window, HTMLSelectElement, HTMLTextAreaElement */
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

  // Time zone chooser (events): until the person chose one, preselect the zone the browser
  // reports; they confirm it with the form's button.
  document.querySelectorAll("form[data-browser-time-zone] select[name=timeZone]").forEach((select) => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (select instanceof HTMLSelectElement && [...select.options].some((o) => o.value === zone))
      select.value = zone;
  });

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

  // TwinSpace pages: a toolbar that writes the few tags the server keeps around the selected
  // text. The textarea stays the editor (keyboard, screen readers, the LMS iframe all work as
  // for any field); without the script it is the plain form.
  document.querySelectorAll(".page-editor").forEach((editor) => {
    const area = editor.querySelector("textarea");
    if (!(area instanceof HTMLTextAreaElement)) return;
    const labels = JSON.parse(editor.getAttribute("data-labels") ?? "{}");
    const wrap = (before, after) => {
      const { selectionStart: start, selectionEnd: end, value } = area;
      area.setRangeText(`${before}${value.slice(start, end)}${after}`, start, end, "select");
      area.focus();
    };
    const ask = (question, make) => {
      const answer = window.prompt(question)?.trim();
      if (answer && /^https:\/\//.test(answer)) make(answer.replace(/"/g, "%22"));
    };
    const actions = {
      bold: () => wrap("<strong>", "</strong>"),
      italic: () => wrap("<em>", "</em>"),
      heading: () => wrap("<h2>", "</h2>"),
      list: () => wrap("<ul><li>", "</li></ul>"),
      link: () => ask(labels.link_prompt, (url) => wrap(`<a href="${url}">`, "</a>")),
      video: () =>
        ask(labels.video_prompt, (url) =>
          wrap(`<iframe src="${url}" title="${labels.video}" allowfullscreen>`, "</iframe>"),
        ),
    };
    const toolbar = document.createElement("div");
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", labels.toolbar ?? "");
    toolbar.setAttribute("aria-controls", area.id);
    toolbar.className = "editor-toolbar";
    for (const [name, act] of Object.entries(actions)) {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "secondary";
      button.textContent = labels[name] ?? name;
      button.addEventListener("click", act);
      toolbar.append(button);
    }
    area.before(toolbar);
  });
});
