// /import/{id}: keeps a large import moving while the page is open, and shows its progress.
// Without JavaScript the page's Continue button does the same, one step per press.
const form = document.querySelector("form[data-auto-continue]");
const bar = document.querySelector("progress[data-import]");
if (form && bar) {
  const id = form.dataset.autoContinue;
  const step = async () => {
    const response = await fetch(`/api/v1/imports/${id}/continue`, { method: "POST", credentials: "same-origin" });
    if (!response.ok) return location.reload();
    const job = await response.json();
    bar.value = job.progress;
    bar.textContent = `${Math.round(job.progress * 100)}%`;
    if (job.status === "parsing" || job.status === "submitting") setTimeout(step, 50);
    else location.reload();
  };
  setTimeout(step, 50);
}
