// "Report an error": a passage selected in the document's text fills the report's passage, so a reader need not
// copy it. Without JavaScript the reader pastes the passage by hand; the form works the same.
(function () {
  var form = document.getElementById('report');
  var passage = document.getElementById('report-passage');
  if (!form || !passage) return;
  var article = form.closest('article') || document.body;
  var last = '';
  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    var node = sel.getRangeAt(0).commonAncestorContainer;
    if (article.contains(node) && !form.contains(node)) {
      last = sel.toString().replace(/\s+/g, ' ').trim().slice(0, 2000);
    }
  });
  var details = form.querySelector('details');
  if (details) {
    details.addEventListener('toggle', function () {
      if (details.open && last && !passage.value.trim()) {
        passage.value = last;
        document.getElementById('report-problem').focus();
      }
    });
  }
})();
