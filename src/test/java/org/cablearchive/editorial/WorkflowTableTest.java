package org.cablearchive.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.cablearchive.accounts.Role;
import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentCatalog;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentEditing.EditableDocument;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.WorkflowAction;
import org.cablearchive.testing.ArchiveTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Walks the workflow table ({@link DocumentStatus#allows}) through the desk, on real documents: for every state of a
 * document, and of a published document's pending correction, and every move, a move the table allows shows as a button
 * and succeeds, taking the document where the move leads; a move it refuses shows no button, is refused with a message
 * that names the move and the state, and changes nothing (status, version, revisions).
 */
@ArchiveTest
class WorkflowTableTest {

    private final Editor archivist = new Editor("table-arch", Set.of(Role.ARCHIVIST));
    private final Editor reviser = new Editor("table-ed-a", Set.of(Role.EDITOR));
    private final Editor reviewer = new Editor("table-ed-b", Set.of(Role.EDITOR));
    /** Moves the walked document: an editor who touched none of them, so four eyes never stand in the way. */
    private final Editor mover = new Editor("table-ed-c", Set.of(Role.EDITOR));

    @Autowired
    DocumentCatalog catalog;

    @Autowired
    EditorialDesk desk;

    @Autowired
    Revisions revisions;

    static DocumentDraft draft(String title) {
        return DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle(title))
                .withDispatch(g -> g.withTelegramNumber("88"))
                .withCorrespondence(g -> g.withPlace("Ankara"))
                .withText(g -> g.withBody(Body.of("<body><p>Following is the walk of the table.</p></body>")));
    }

    /** A document brought to {@code status} through the workflow itself (only a new draft is created as it is). */
    String documentIn(DocumentStatus status) {
        String id = catalog.create(draft("Table " + status), DocumentStatus.DRAFT, archivist.username());
        walk(id, status, archivist);
        assertThat(desk.document(id, mover).status()).isEqualTo(status);
        return id;
    }

    /** A published document whose pending correction stands at {@code stage}. */
    String correctionIn(DocumentStatus stage) {
        String id = documentIn(DocumentStatus.PUBLISHED);
        desk.revise(id, draft("Table correction " + stage), desk.document(id, reviser).version(), null, reviser);
        walk(id, stage, reviser);
        assertThat(desk.document(id, mover).correction().stage()).isEqualTo(stage);
        return id;
    }

    /** Moves a draft (or a correction's draft) on to {@code status}: submitted by {@code submitter}, reviewed by another. */
    void walk(String id, DocumentStatus status, Editor submitter) {
        if (status == DocumentStatus.DRAFT) {
            return;
        }
        move(id, WorkflowAction.SUBMIT, submitter);
        switch (status) {
            case CHANGES_REQUESTED -> move(id, WorkflowAction.REQUEST_CHANGES, reviewer);
            case APPROVED -> move(id, WorkflowAction.APPROVE, reviewer);
            case PUBLISHED, WITHDRAWN -> {
                move(id, WorkflowAction.APPROVE, reviewer);
                move(id, WorkflowAction.PUBLISH, reviewer);
                if (status == DocumentStatus.WITHDRAWN) {
                    move(id, WorkflowAction.WITHDRAW, reviewer);
                }
            }
            default -> { }
        }
    }

    void move(String id, WorkflowAction action, Editor by) {
        desk.transition(id, action, action == WorkflowAction.WITHDRAW || action == WorkflowAction.REQUEST_CHANGES
                ? "for the walk of the table" : null, by);
    }

    @Test
    void everyStateAllowsExactlyTheMovesOfTheTableAndRefusesTheOthersChangingNothing() {
        for (DocumentStatus status : DocumentStatus.values()) {
            for (WorkflowAction action : WorkflowAction.values()) {
                String id = documentIn(status);
                EditableDocument before = desk.document(id, mover);
                boolean allowed = status.allows(action);
                assertThat(desk.actions(before, mover).contains(action)).as("%s shows %s", status, action).isEqualTo(allowed);
                if (allowed) {
                    assertThat(desk.transition(id, action, "for the walk of the table", mover)).as("%s after %s", status, action)
                            .isEqualTo(action.leadsTo());
                } else {
                    assertRefusedChangingNothing(id, action, before, "a document that is " + status.words());
                }
            }
        }
    }

    @Test
    void aPendingCorrectionWalksTheSameTableWhileWithdrawingMovesTheDocument() {
        for (DocumentStatus stage : Set.of(DocumentStatus.DRAFT, DocumentStatus.IN_REVIEW, DocumentStatus.CHANGES_REQUESTED,
                DocumentStatus.APPROVED)) {
            for (WorkflowAction action : WorkflowAction.values()) {
                String id = correctionIn(stage);
                EditableDocument before = desk.document(id, mover);
                boolean allowed = action == WorkflowAction.WITHDRAW || stage.allows(action);
                assertThat(desk.actions(before, mover).contains(action)).as("correction %s shows %s", stage, action)
                        .isEqualTo(allowed);
                if (!allowed) {
                    assertRefusedChangingNothing(id, action, before, "a correction that is " + stage.words());
                    continue;
                }
                DocumentStatus after = desk.transition(id, action, "for the walk of the table", mover);
                EditableDocument now = desk.document(id, mover);
                if (action == WorkflowAction.WITHDRAW) {
                    assertThat(after).isEqualTo(DocumentStatus.WITHDRAWN);
                    assertThat(now.correction()).isNull();
                } else if (action == WorkflowAction.PUBLISH) {
                    assertThat(after).isEqualTo(DocumentStatus.PUBLISHED);
                    assertThat(now.correction()).as("published: the correction became the text").isNull();
                    assertThat(now.snapshot().title()).isEqualTo("Table correction " + stage);
                } else {
                    assertThat(after).isEqualTo(DocumentStatus.PUBLISHED);
                    assertThat(now.correction().stage()).isEqualTo(action.leadsTo());
                }
            }
        }
    }

    @Test
    void theButtonsLeaveOutWhatTheStandingOrTheFourEyesRuleRefuse() {
        String inReview = documentIn(DocumentStatus.IN_REVIEW);
        EditableDocument d = desk.document(inReview, mover);
        assertThat(desk.actions(d, mover)).containsExactly(WorkflowAction.REQUEST_CHANGES, WorkflowAction.APPROVE);
        assertThat(desk.actions(d, archivist)).as("moves of review are editors'").isEmpty();
        Editor submitterAsEditor = new Editor(archivist.username(), Set.of(Role.EDITOR));
        assertThat(desk.actions(d, submitterAsEditor)).as("four eyes: not who submitted it")
                .containsExactly(WorkflowAction.REQUEST_CHANGES);
        assertThat(desk.actions(desk.document(documentIn(DocumentStatus.DRAFT), mover), archivist))
                .containsExactly(WorkflowAction.SUBMIT);
    }

    private void assertRefusedChangingNothing(String id, WorkflowAction action, EditableDocument before, String state) {
        long revisionsBefore = revisions.count(id);
        assertThatThrownBy(() -> move(id, action, mover)).as("%s refused for %s", action, state)
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("\"" + action.label() + "\"").hasMessageContaining(state);
        EditableDocument after = desk.document(id, mover);
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.workingStatus()).isEqualTo(before.workingStatus());
        assertThat(revisions.count(id)).isEqualTo(revisionsBefore);
    }
}
