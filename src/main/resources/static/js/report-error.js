// "Report an error": a passage selected in the document's text goes with the link to the report form, so a reader
// need not copy it. Without JavaScript the reader pastes the passage on the form; it works the same.
(function () {
  var box = document.getElementById('report');
  if (!box) return;
  var link = box.querySelector('.report-error__link');
  var article = box.closest('article') || document.body;
  var last = '';
  document.addEventListener('selectionchange', function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    if (article.contains(sel.getRangeAt(0).commonAncestorContainer)) {
      last = sel.toString().replace(/\s+/g, ' ').trim().slice(0, 2000);
    }
  });
  link.addEventListener('click', function (e) {
    if (!last) return;
    e.preventDefault();
    var url = new URL(link.href, window.location.href);
    url.searchParams.set('passage', last);
    window.location.assign(url.toString());
  });
})();
