// Progressive enhancement: a "copy" button for read-only fields such as the citation.
// Without scripts the button stays hidden and the text can be selected and copied by hand.
for (const button of document.querySelectorAll("button[data-copy]")) {
  const field = document.getElementById(button.dataset.copy);
  const status = button.parentElement.querySelector("[role=status]");
  if (!field) continue;
  button.hidden = false;
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(field.value ?? field.textContent);
    } catch {
      field.select();
      document.execCommand("copy");
    }
    if (status) status.textContent = button.dataset.copied;
  });
}
