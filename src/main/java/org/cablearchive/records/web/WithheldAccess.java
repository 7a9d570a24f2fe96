package org.cablearchive.records.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.cablearchive.records.DocumentStatus;
import org.cablearchive.records.WithheldReaders;
import org.springframework.stereotype.Component;

/** Asks the policy whether a reader may read a document's withheld passages: nobody may unless every policy agrees. */
@Component
class WithheldAccess {

    private final List<WithheldReaders> policies;

    WithheldAccess(List<WithheldReaders> policies) {
        this.policies = policies;
    }

    boolean mayRead(String documentId, DocumentStatus status, String createdBy, HttpServletRequest request) {
        return !policies.isEmpty() && policies.stream().allMatch(p -> p.mayRead(documentId, status, createdBy, request));
    }
}
