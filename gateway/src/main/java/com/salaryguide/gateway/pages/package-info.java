/**
 * The pages a person reads: plain HTML, CSS and ES modules under {@code static/pages/}, which draw everything from
 * the public JSON API in the browser (no server-side rendering, no build step), with charts from the ECharts WebJar.
 * This package maps the pages' paths to their HTML files and gives them a strict Content-Security-Policy.
 */
package com.salaryguide.gateway.pages;
