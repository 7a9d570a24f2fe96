// The search page: the filter drawer on small screens, and after htmx has replaced the results, focus on their
// heading (the link that was chosen is gone) and the new count said once in the polite live region.
(function () {
    document.documentElement.classList.add('js');

    document.addEventListener('click', function (event) {
        var toggle = event.target.closest && event.target.closest('.filter-toggle');
        if (!toggle) {
            return;
        }
        var panel = document.getElementById(toggle.getAttribute('aria-controls'));
        var open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        panel.classList.toggle('is-open', open);
        if (open) {
            var first = panel.querySelector('a[href], input, button, summary');
            if (first) {
                first.focus();
            }
        }
    });

    var fromResults = false;
    document.addEventListener('htmx:beforeRequest', function (event) {
        var results = document.getElementById('search-results');
        fromResults = !!(results && results.contains(event.detail.elt));
    });

    document.addEventListener('htmx:afterSettle', function () {
        var heading = document.getElementById('results-heading');
        var status = document.getElementById('search-status');
        if (!heading) {
            return;
        }
        if (status) {
            status.textContent = heading.textContent.replace(/\s+/g, ' ').trim();
        }
        if (fromResults || document.activeElement === document.body || !document.activeElement) {
            heading.focus();
        }
        fromResults = false;
    });
})();
