/**
 * perfcoord never downloads a browser at install time: --svg uses an installed
 * Chromium (see README, "SVG diagrams").
 * @type {import("puppeteer").Configuration}
 */
module.exports = { skipDownload: true };
