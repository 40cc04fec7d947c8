// SPDX-FileCopyrightText: 2026 The ethlicense authors
// SPDX-License-Identifier: MIT
//
// The live view of the license builder: as the form changes, ask POST /api/render and redraw the result.
// Without this script the form is sent to POST / and the server draws the same result.
"use strict";

(() => {
  const form = document.getElementById("builder");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  const result = document.getElementById("result");
  const output = document.getElementById("output");
  const errorBox = document.getElementById("error");
  const status = document.getElementById("status");
  const placeholder = document.getElementById("placeholder");
  const criteria = JSON.parse(document.getElementById("criteria-data").textContent || "{}");
  const downloads = ["LICENSE", "ethlicense.toml", "LICENSE.spdx.json"];
  const DEFAULT_CURE_DAYS = 30;
  let sequence = 0;
  let pending = null;
  let timer = null;

  document.getElementById("live-note").hidden = false;

  function lines(text) {
    return text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");
  }

  function number(text) {
    return /^\s*\d+\s*$/.test(text) ? Number(text) : text;
  }

  // The choices as the API's JSON body and as the permalink's query (the form's own field names).
  function choices() {
    const body = { clauses: [], arguments: {}, holders: [] };
    const query = new URLSearchParams();
    const base = form.querySelector("input[name=base]:checked");
    body.base = base ? base.value : "MIT";
    query.append("base", body.base);
    const chosen = Array.from(form.querySelectorAll("input[name=clause]:checked")).map((box) => box.value);
    for (const id of chosen) {
      body.clauses.push(id);
      query.append("clause", id);
    }
    for (const id of chosen) {
      const fields = form.querySelectorAll(`[data-clause="${CSS.escape(id)}"][data-parameter]`);
      for (const field of fields) {
        const name = field.dataset.parameter;
        const kind = field.dataset.kind;
        let value = null;
        let text = "";
        if (kind === "boolean") {
          value = field.checked;
          text = value ? "true" : "false";
        } else if (kind === "string-list") {
          value = lines(field.value);
          text = value.join("\n");
          if (value.length === 0) value = null;
        } else {
          text = field.value.trim();
          value = text === "" ? null : text;
        }
        if (value !== null) {
          body.arguments[id] = body.arguments[id] || {};
          body.arguments[id][name] = value;
          query.append(`${id}.${name}`, text);
        }
      }
    }
    body.holders = lines(form.elements.holders.value);
    if (body.holders.length) query.append("holders", body.holders.join("\n"));
    for (const name of ["year", "name", "license_id", "cure_days", "governing_law", "venue", "package_name"]) {
      const text = form.elements[name].value.trim();
      if (text === "") continue;
      const numeric = name === "year" || name === "cure_days";
      body[name] = numeric ? number(text) : text;
      if (!(name === "cure_days" && body[name] === DEFAULT_CURE_DAYS)) query.append(name, text);
    }
    if (form.elements.allow_void_restrictions.checked) {
      body.allow_void_restrictions = true;
      query.append("allow_void_restrictions", "true");
    }
    return { body, query: query.toString() };
  }

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) {
      if (value !== null && value !== undefined) node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  // The same line as ethlicense's verdict_line(): what `ethlicense render` prints on stderr.
  function verdictLine(data) {
    const warnings = data.warnings.map((warning) => `\nwarning: ${warning}`).join("");
    if (data.osi_open_source) {
      return `${data.license_id}: open source (OSI-approved, no restrictions)${warnings}`;
    }
    const failed = new Map();
    for (const item of data.violations) {
      if (!failed.has(item.criterion)) failed.set(item.criterion, []);
      const causes = failed.get(item.criterion);
      const cause = item.clause || "license";
      if (!causes.includes(cause)) causes.push(cause);
    }
    const detail = Array.from(failed, ([criterion, causes]) => `${criterion} (${causes.join(", ")})`).join(", ");
    const removable = data.restrictions_removable ? "; the base lets recipients remove these restrictions" : "";
    return `${data.license_id}: not open source: fails ${detail}${removable}${warnings}`;
  }

  function criterionCell(id) {
    const known = criteria[id];
    const label = known ? element("a", { href: known.url, title: known.title }, id) : id;
    return element("th", { scope: "row" }, label);
  }

  function sourceItem(source) {
    const title = source.url ? element("a", { href: source.url }, source.title) : source.title;
    const parts = [source.author, source.date, source.relation].filter((part) => part);
    const details = parts.length ? ` (${parts.join(", ")})` : "";
    const note = source.note ? `: ${source.note}` : "";
    return element("li", {}, title, details + note);
  }

  function draw(data, query) {
    const nodes = [];
    nodes.push(
      element(
        "dl",
        { class: "identity" },
        element("dt", {}, "Name"),
        element("dd", { id: "license-name" }, data.name),
        element("dt", {}, "Id"),
        element("dd", {}, element("code", { id: "license-id" }, data.license_id)),
        element("dt", {}, "Verdict"),
        element("dd", { id: "verdict", class: data.osi_open_source ? "open" : "closed" }, verdictLine(data)),
      ),
    );
    const list = element("ul");
    for (const file of downloads) {
      const link = element(
        "a",
        { download: file, id: `download-${file.replaceAll(".", "-")}`, href: `/download/${file}?${query}` },
        `Download ${file}`,
      );
      list.append(element("li", {}, link));
    }
    list.append(element("li", {}, element("a", { id: "permalink", href: `/?${query}` }, "Permalink to these choices")));
    nodes.push(element("nav", { class: "downloads", "aria-label": "Downloads" }, list));
    if (data.violations.length) {
      const rows = data.violations.map((item) =>
        element(
          "tr",
          {},
          criterionCell(item.criterion),
          element("td", {}, item.clause || "the license as a whole"),
          element("td", {}, item.reason),
        ),
      );
      nodes.push(element("h3", { id: "violations-heading" }, "Criteria it fails"));
      nodes.push(
        element(
          "table",
          { class: "violations", "aria-labelledby": "violations-heading" },
          element(
            "thead",
            {},
            element(
              "tr",
              {},
              element("th", { scope: "col" }, "Criterion"),
              element("th", { scope: "col" }, "Because of"),
              element("th", { scope: "col" }, "Why"),
            ),
          ),
          element("tbody", { id: "violations" }, ...rows),
        ),
      );
    }
    if (data.consequences.length) {
      nodes.push(element("h3", {}, "What follows"));
      nodes.push(element("ul", { class: "consequences" }, ...data.consequences.map((item) => element("li", {}, item.text))));
    }
    if (data.notes.length || data.warnings.length) {
      nodes.push(element("h3", {}, "Notes"));
      nodes.push(
        element(
          "ul",
          { class: "notes" },
          ...data.warnings.map((note) => element("li", { class: "warning" }, `Warning: ${note}`)),
          ...data.notes.map((note) => element("li", {}, note)),
        ),
      );
    }
    nodes.push(element("h3", { id: "text-heading" }, "License text"));
    nodes.push(
      element("pre", { class: "license", id: "license-text", tabindex: "0", "aria-labelledby": "text-heading" }, data.text),
    );
    const provenance = data.provenance.clauses;
    if (provenance.length) {
      nodes.push(element("h3", {}, "Sources and rationale"));
      for (const item of provenance) {
        nodes.push(
          element(
            "article",
            { class: "provenance" },
            element("h4", {}, `${item.title} `, element("span", { class: "id" }, `${item.id} ${item.version}`)),
            item.rationale ? element("p", {}, item.rationale) : null,
            element("ul", {}, ...item.sources.map(sourceItem)),
          ),
        );
      }
    }
    output.replaceChildren(...nodes);
    output.hidden = false;
    errorBox.hidden = true;
    errorBox.replaceChildren();
    if (placeholder) placeholder.hidden = true;
    document.title = `${data.name} · ethlicense license builder`;
  }

  function refuse(detail) {
    errorBox.replaceChildren(
      element("p", {}, element("strong", {}, "Refused:"), " ", element("span", { id: "error-message" }, detail)),
    );
    errorBox.hidden = false;
    output.hidden = true;
    if (placeholder) placeholder.hidden = true;
  }

  async function update(focus) {
    const { body, query } = choices();
    const ticket = ++sequence;
    if (pending) pending.abort();
    pending = new AbortController();
    status.textContent = "Building…";
    try {
      const response = await fetch("/api/render", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
        signal: pending.signal,
      });
      const data = await response.json();
      if (ticket !== sequence) return;
      history.replaceState(null, "", `/?${query}`);
      if (response.ok) {
        draw(data, query);
        status.textContent = `Built ${data.license_id}.`;
      } else {
        refuse(typeof data.detail === "string" ? data.detail : JSON.stringify(data.detail));
        status.textContent = "Refused.";
      }
      if (focus) result.focus();
    } catch (error) {
      if (error.name !== "AbortError" && ticket === sequence) {
        refuse(`The server did not answer: ${error.message}`);
        status.textContent = "";
      }
    }
  }

  function showParameters() {
    for (const box of form.querySelectorAll("input[name=clause]")) {
      const parameters = document.getElementById(`clause-${box.value}-parameters`);
      if (parameters) parameters.hidden = !box.checked;
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => update(false), 250);
  }

  form.addEventListener("change", (event) => {
    if (event.target.name === "clause") showParameters();
    schedule();
  });
  form.addEventListener("input", schedule);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    update(true);
  });
  showParameters();
  if (new URLSearchParams(location.search).has("base") || !output.hidden) {
    update(false);
  }
})();
