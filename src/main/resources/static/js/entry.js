// The desk's forms: a "Use this" button of a search for a cross-reference's document fills the field it names.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-fill]');
    if (!button) {
        return;
    }
    var field = document.getElementById(button.getAttribute('data-fill'));
    if (field) {
        field.value = button.getAttribute('data-value');
        field.focus();
    }
});

// A word corrected in the title ("Charge" → "Chargé") is corrected in the From and To fields too, where they hold
// the same word as the title did: the title was read from the same words, and a correction should not be made twice.
(function () {
    var carried = ['senderRole', 'senderName', 'recipientRole', 'recipientName'];
    var previous = {};

    function words(text) {
        return (text || '').split(/\s+/).filter(function (w) { return w.length > 0; });
    }

    function escape(word) {
        return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    }

    document.addEventListener('focusin', function (event) {
        if (event.target.id === 'title') {
            previous.title = event.target.value;
        }
    });

    document.addEventListener('input', function (event) {
        var title = event.target;
        if (title.id !== 'title') {
            return;
        }
        var before = words(previous.title);
        var after = words(title.value);
        previous.title = title.value;
        if (before.length !== after.length) {
            return;
        }
        for (var i = 0; i < before.length; i++) {
            if (before[i] === after[i]) {
                continue;
            }
            var strip = /^[(\[“"']+|[)\],.;:”"']+$/g;
            var from = before[i].replace(strip, '');
            var to = after[i].replace(strip, '');
            if (!from || !to) {
                continue;
            }
            var pattern = new RegExp('(^|[^\\p{L}])' + escape(from) + '(?![\\p{L}])', 'gu');
            carried.forEach(function (id) {
                var field = document.getElementById(id);
                if (field && pattern.test(field.value)) {
                    pattern.lastIndex = 0;
                    field.value = field.value.replace(pattern, function (m, lead) { return lead + to; });
                    field.dispatchEvent(new Event('change', {bubbles: true}));
                }
                pattern.lastIndex = 0;
            });
        }
    });
})();
