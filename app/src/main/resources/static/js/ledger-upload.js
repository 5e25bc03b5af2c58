// The ledger upload form (docs/web.md), progressively enhanced: the form works without this script (and
// without htmx). With it, a file may be dropped on the form, the upload shows its progress, and a refusal
// (400, 403) replaces the page's content like any answer. No inline script: the Content-Security-Policy forbids it.
(function () {
    'use strict';

    function enhance() {
        var drop = document.getElementById('drop');
        var input = document.getElementById('file');
        if (!drop || !input || drop.dataset.enhanced) {
            return;
        }
        drop.dataset.enhanced = 'true';
        ['dragenter', 'dragover'].forEach(function (name) {
            drop.addEventListener(name, function (event) {
                event.preventDefault();
                drop.classList.add('dragging');
            });
        });
        ['dragleave', 'drop'].forEach(function (name) {
            drop.addEventListener(name, function () {
                drop.classList.remove('dragging');
            });
        });
        drop.addEventListener('drop', function (event) {
            event.preventDefault();
            if (event.dataTransfer && event.dataTransfer.files.length > 0) {
                input.files = event.dataTransfer.files;
                input.dispatchEvent(new Event('change', {bubbles: true}));
            }
        });
    }

    document.addEventListener('DOMContentLoaded', enhance);
    document.addEventListener('htmx:afterSettle', enhance);

    document.addEventListener('htmx:xhr:progress', function (event) {
        var bar = document.getElementById('upload-progress');
        if (bar && event.detail && event.detail.lengthComputable && event.detail.total > 0) {
            bar.value = Math.round(100 * event.detail.loaded / event.detail.total);
        }
    });

    document.addEventListener('htmx:beforeSwap', function (event) {
        var status = event.detail.xhr.status;
        if (status === 400 || status === 403) {
            event.detail.shouldSwap = true;
            event.detail.isError = false;
        }
    });
}());
