// Progressive enhancement for linking a relation to a memorial (submission form, step
// "Related people"): as the submitter types a name, the archive's published memorials that match
// are offered in the field's <datalist>, each as its permanent address. Without scripts the field
// takes the address or id pasted from the memorial's "How to cite" box; the server reads either.
const fields = document.querySelectorAll("input[data-search=memorials][list]");
for (const field of fields) {
  const list = document.getElementById(field.getAttribute("list"));
  if (!list) continue;
  let timer;
  let asked = "";
  field.addEventListener("input", () => {
    clearTimeout(timer);
    const q = field.value.trim();
    if (q.length < 2 || q.startsWith("mem_") || q.includes("/")) return;
    timer = setTimeout(async () => {
      if (q === asked) return;
      asked = q;
      try {
        const response = await fetch(`/api/v1/memorials?limit=8&q=${encodeURIComponent(q)}`, { headers: { accept: "application/json" } });
        if (!response.ok) return;
        const { items } = await response.json();
        list.replaceChildren(
          ...items.map((item) => {
            const option = document.createElement("option");
            option.value = `${location.origin}/memorials/${item.id}`;
            option.label = [item.name, item.birth, item.death].filter(Boolean).join(" · ");
            return option;
          }),
        );
      } catch {
        // Offline or refused: the field still takes a pasted address.
      }
    }, 250);
  });
}
