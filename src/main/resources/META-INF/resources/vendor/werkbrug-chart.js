// <werkbrug-chart>: an Apache ECharts chart (Apache-2.0) as a plain web component. The server sets the attribute
// "options" (ECharts options as JSON) and "locale" (BCP 47, for number formats); the element draws with the SVG
// renderer and redraws when either changes or the element is resized. The text alternative (role="img",
// aria-label and the data table it refers to) is set by the server: ECharts' own aria is off. ECharts itself is the
// global "echarts" of echarts-6.1.0/echarts.min.js, loaded before this script (see nl.werkbrug.dashboards.ui.Chart).
/* global echarts */

class WerkbrugChart extends HTMLElement {
  static get observedAttributes() {
    return ['options', 'locale'];
  }

  connectedCallback() {
    if (!this.chart) {
      this.chart = echarts.init(this, null, { renderer: 'svg' });
      this.resizeObserver = new ResizeObserver(() => this.chart && this.chart.resize());
      this.resizeObserver.observe(this);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this.resizeObserver) {
      this.resizeObserver.disconnect();
    }
    if (this.chart) {
      this.chart.dispose();
      this.chart = undefined;
    }
  }

  attributeChangedCallback() {
    this.draw();
  }

  draw() {
    const text = this.getAttribute('options');
    if (!this.chart || !text) {
      return;
    }
    const options = JSON.parse(text);
    const numbers = new Intl.NumberFormat(this.getAttribute('locale') || 'nl-NL');
    const format = (value) => (value === null || value === undefined || value === '-' ? '–' : numbers.format(value));
    options.aria = { enabled: false };
    options.tooltip = Object.assign({ trigger: 'axis', valueFormatter: format }, options.tooltip || {});
    if (options.yAxis) {
      options.yAxis.axisLabel = Object.assign({ formatter: format }, options.yAxis.axisLabel || {});
    }
    this.chart.setOption(options, true);
  }
}

customElements.define('werkbrug-chart', WerkbrugChart);
