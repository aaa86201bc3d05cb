// Staff pages show times as UTC (the server cannot know the reader's time zone). This rewrites
// every <time data-local-time> into the browser's own time zone and the page's language, and
// keeps the UTC value as the element's title.
(function () {
  const language = document.documentElement.lang || undefined;
  const clock = { hour: "2-digit", minute: "2-digit", timeZoneName: "short" };
  const formats = {
    time: new Intl.DateTimeFormat(language, clock),
    datetime: new Intl.DateTimeFormat(language, { year: "numeric", month: "short", day: "numeric", ...clock }),
  };
  for (const element of document.querySelectorAll("time[data-local-time]")) {
    const moment = new Date(element.getAttribute("datetime"));
    const format = formats[element.dataset.localTime] || formats.datetime;
    if (Number.isNaN(moment.getTime())) continue;
    element.title = element.textContent;
    element.textContent = format.format(moment);
  }
})();
