// Styles for DSFR Chart's <line-chart> (execution section of the convention page).
//
// DSFR Chart 2.0.4 passes its `shadowRoot: false` option to customElements.define, which
// ignores it: Vue then renders each chart in a shadow root, where the page's style sheets
// (DSFR and LineChart.css) do not apply — the hidden tooltip shows and the legend loses its
// colour dots. Each chart gets the style sheets named in its `data-stylesheets` attribute.
// The chart only enhances the page: its figures are also in the table beside it.
customElements.whenDefined("line-chart").then(() => {
  for (const chart of document.querySelectorAll("line-chart[data-stylesheets]")) {
    const root = chart.shadowRoot;
    if (!root || root.querySelector("link[data-conventio]")) continue;
    for (const href of chart.dataset.stylesheets.split(" ").reverse()) {
      const link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      link.dataset.conventio = "";
      root.prepend(link);
    }
  }
});
