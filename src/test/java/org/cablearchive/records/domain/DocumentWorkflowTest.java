package org.cablearchive.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cablearchive.records.Body;
import org.cablearchive.records.DocumentDraft;
import org.cablearchive.records.DocumentSnapshot;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.DocumentType;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.WorkflowAction;
import org.junit.jupiter.api.Test;

/**
 * The aggregate reads the workflow table ({@link DocumentStatus#allows}) itself: every state × every move, a move the
 * table allows takes the document where it leads, one it refuses throws before anything of the document changes.
 */
class DocumentWorkflowTest {

    static Document in(DocumentStatus status) {
        DocumentDraft draft = DocumentDraft.EMPTY
                .withIdentification(g -> g.withType(DocumentType.TELEGRAM).withTitle("Walk"))
                .withDispatch(g -> g.withTelegramNumber("7"))
                .withCorrespondence(g -> g.withPlace("Rome"))
                .withText(g -> g.withBody(Body.of("<body><p>Text of the walk.</p></body>")));
        return Document.create("walk-" + status, draft, status, "creator");
    }

    @Test
    void everyStateMakesTheMovesItsTableAllowsAndRefusesTheRestUnchanged() {
        for (DocumentStatus status : DocumentStatus.values()) {
            assertThat(in(status).availableActions()).isEqualTo(status.actions());
            for (WorkflowAction action : WorkflowAction.values()) {
                Document d = in(status);
                if (status.allows(action)) {
                    d.move(action, "editor", "the walk of the table");
                    assertThat(d.status()).as("%s after %s", status, action).isEqualTo(action.leadsTo());
                    assertThat(d.updatedBy()).isEqualTo("editor");
                    assertThat(d.releaseEvents()).as("the move registers its save").singleElement().satisfies(e -> {
                        assertThat(e.action()).isEqualTo(action.name());
                        assertThat(e.by()).isEqualTo("editor");
                        assertThat(e.snapshot().status()).isEqualTo(action.leadsTo());
                    });
                    continue;
                }
                DocumentSnapshot before = d.snapshot();
                var touched = d.touchedBy();
                assertThatThrownBy(() -> d.move(action, "editor", "the walk of the table")).as("%s refuses %s", status, action)
                        .isInstanceOf(IllegalTransitionException.class)
                        .hasMessage("\"" + action.label() + "\" is not possible for a document that is " + status.words());
                assertThat(d.status()).isEqualTo(status);
                assertThat(d.snapshot()).isEqualTo(before);
                assertThat(d.updatedBy()).isEqualTo("creator");
                assertThat(d.touchedBy()).isEqualTo(touched);
                assertThat(d.withdrawnReason()).isNull();
                assertThat(d.releaseEvents()).as("a refused move registers nothing").isEmpty();
            }
        }
    }

    @Test
    void registeredEventsAreReleasedOnce() {
        Document d = in(DocumentStatus.APPROVED);
        d.move(WorkflowAction.PUBLISH, "editor", "fit to print");
        assertThat(d.releaseEvents()).extracting(e -> e.documentId() + " " + e.action() + " " + e.comment())
                .containsExactly("walk-APPROVED PUBLISH fit to print");
        assertThat(d.releaseEvents()).isEmpty();
    }

    @Test
    void theTableReadByColumnIsWhatThePolicyLists() {
        assertThat(DocumentStatus.allowing(WorkflowAction.SUBMIT))
                .containsExactlyInAnyOrder(DocumentStatus.DRAFT, DocumentStatus.CHANGES_REQUESTED);
        assertThat(DocumentStatus.allowing(WorkflowAction.REQUEST_CHANGES))
                .containsExactlyInAnyOrder(DocumentStatus.IN_REVIEW, DocumentStatus.APPROVED);
        assertThat(DocumentStatus.allowing(WorkflowAction.APPROVE)).containsExactly(DocumentStatus.IN_REVIEW);
        assertThat(DocumentStatus.allowing(WorkflowAction.PUBLISH)).containsExactly(DocumentStatus.APPROVED);
        assertThat(DocumentStatus.allowing(WorkflowAction.WITHDRAW)).containsExactly(DocumentStatus.PUBLISHED);
        assertThat(DocumentStatus.WITHDRAWN.actions()).isEmpty();
        assertThat(DocumentStatus.PUBLISHED.actions(DocumentStatus.APPROVED))
                .containsExactly(WorkflowAction.REQUEST_CHANGES, WorkflowAction.PUBLISH, WorkflowAction.WITHDRAW);
    }

    @Test
    void theCreatorDoesNotApproveTheirOwnDraft() {
        Document d = in(DocumentStatus.IN_REVIEW);
        assertThatThrownBy(() -> d.approve("Creator")).isInstanceOf(org.cablearchive.records.FourEyesException.class);
        assertThat(d.status()).isEqualTo(DocumentStatus.IN_REVIEW);
    }
}
