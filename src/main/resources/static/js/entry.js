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
