// /api/docs: "Try it" forms answer on the page instead of leaving it.
for (const form of document.querySelectorAll("form.api-try")) {
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const output = form.querySelector(".api-try__result");
    let path = form.dataset.path;
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (!value || typeof value !== "string") continue;
      if (key.startsWith("path.")) path = path.replace(`{${key.slice(5)}}`, encodeURIComponent(value));
      else if (key.startsWith("query.")) query.append(key.slice(6), value);
    }
    const url = query.size ? `${path}?${query}` : path;
    output.hidden = false;
    output.textContent = `GET ${url} …`;
    try {
      const response = await fetch(url, { headers: { accept: "application/json" } });
      const text = await response.text();
      let body = text;
      try {
        body = JSON.stringify(JSON.parse(text), null, 2);
      } catch {
        // not JSON: shown as it came
      }
      output.textContent = `GET ${url}\n${response.status} ${response.statusText}\n\n${body.slice(0, 20000)}`;
    } catch (error) {
      output.textContent = `GET ${url}\n${error}`;
    }
  });
}
