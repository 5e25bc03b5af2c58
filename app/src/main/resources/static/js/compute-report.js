/*
 * Compute and report (docs/web.md): with htmx the forms swap only the page's content; a refusal (400, 403) is a page
 * too (the refused page, in the user's language), which htmx would otherwise not show. Our own script (the
 * Content-Security-Policy allows no inline script); without script the forms post as usual.
 */
(function () {
    'use strict';
    document.addEventListener('htmx:beforeSwap', function (event) {
        var status = event.detail.xhr.status;
        if (status === 400 || status === 403) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });
}());
