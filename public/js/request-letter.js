// Progressive enhancement of the request letter (src/archive/records/): the letter is filled in here, in
// the browser, as the family types, and the form is never sent, so nothing typed leaves the page.
// Without scripts the form is sent with GET and the server fills in the same letter.
// fillLetter below must do what fillLetter in src/archive/records/request-letter.ts does (the browser
// journey in e2e/ compares the two letters).
const form = document.querySelector("form[data-letter-form]");
const kitElement = document.getElementById("letter-kit");

function fillLetter(template, parts, request) {
  const values = {
    addressee: parts.addressee[request.archive],
    legal: parts.legal[request.archive],
    requester: request.requester || parts.blank.requester,
    relationship: request.relationship || parts.blank.relationship,
    contact: request.contact || parts.blank.contact,
    date: parts.date,
  };
  return template
    .split("\n")
    .filter((line) => !/^\[\[\w+\]\]$/.test(line) || values[line.slice(2, -2)])
    .join("\n")
    .replace(/\[\[(\w+)\]\]/g, (token, key) => values[key] ?? token);
}

if (form && kitElement) {
  const kit = JSON.parse(kitElement.textContent);
  const output = document.querySelector("[data-letter-output]");
  const field = (name) => form.elements.namedItem(name);
  const update = () => {
    if (!output) return;
    const language = field("language").value;
    const request = {
      archive: field("archive").value,
      requester: field("requester").value.trim(),
      relationship: field("relationship").value.trim(),
      contact: field("contact").value.trim().replace(/\r\n?/g, "\n"),
    };
    if (!kit.template[language] || !kit.parts[language].addressee[request.archive]) return;
    output.value = fillLetter(kit.template[language], kit.parts[language], request);
  };
  form.addEventListener("input", update);
  form.addEventListener("change", update);
  form.addEventListener("submit", (event) => {
    if (!output) return; // a field was refused: let the server say which
    event.preventDefault();
    update();
    output.focus();
  });
  update();
}
