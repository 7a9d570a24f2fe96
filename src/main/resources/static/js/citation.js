// "Copy citation" on a document's page. Without JavaScript the button stays hidden and the note is selected
// whole with one click (user-select: all), so it can be copied all the same.
document.addEventListener('DOMContentLoaded', () => {
    for (const button of document.querySelectorAll('button[data-copy]')) {
        const note = document.getElementById(button.dataset.copy);
        const status = button.parentElement.querySelector('[role=status]');
        if (!note || !navigator.clipboard) {
            continue;
        }
        button.hidden = false;
        button.addEventListener('click', async () => {
            try {
                await navigator.clipboard.writeText(note.textContent.replace(/\s+/g, ' ').trim());
                status.textContent = 'Copied to the clipboard.';
            } catch (e) {
                status.textContent = 'Could not copy: select the citation and copy it.';
            }
        });
    }
});
