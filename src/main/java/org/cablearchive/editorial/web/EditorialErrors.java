package org.cablearchive.editorial.web;

import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import org.cablearchive.records.DocumentNotFoundException;
import org.cablearchive.records.FourEyesException;
import org.cablearchive.records.IllegalTransitionException;
import org.cablearchive.records.InvalidDocumentException;
import org.cablearchive.records.StaleDocumentException;
import org.cablearchive.storage.DatabaseFailures;
import org.hibernate.JDBCException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The desk's refusals, as JSON problems for the API and as pages for people: not found 404, role or four-eyes 403,
 * a move the state does not allow or a stale save 409, a draft that cannot be saved 400. Messages never carry more
 * than the person could see already.
 */
@ControllerAdvice(basePackageClasses = EditorialErrors.class)
class EditorialErrors {

    @ExceptionHandler(DocumentNotFoundException.class)
    Object notFound(DocumentNotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Document not found",
                "There is no document " + e.id() + " in the archive, or it is not published.");
    }

    @ExceptionHandler(FourEyesException.class)
    Object fourEyes(FourEyesException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "Four eyes", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object forbidden(AccessDeniedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "Not for your role", e.getMessage());
    }

    @ExceptionHandler(IllegalTransitionException.class)
    Object illegal(IllegalTransitionException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Not possible now", e.getMessage());
    }

    @ExceptionHandler(StaleDocumentException.class)
    Object stale(StaleDocumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, "Saved by someone else", e.getMessage());
    }

    /**
     * PostgreSQL aborted the change for a concurrent one (a deadlock or a serialization failure) and it failed again
     * when tried once more ({@link org.cablearchive.storage.RetriedOnceWhenDeadlocked}): nothing was changed, and the
     * person is told so, as for any other concurrent change. Any other database failure is not ours to answer.
     */
    @ExceptionHandler({ConcurrencyFailureException.class, PersistenceException.class, JDBCException.class})
    Object concurrent(RuntimeException e, HttpServletRequest request) {
        if (!DatabaseFailures.isConflict(e)) {
            throw e;
        }
        return answer(request, HttpStatus.CONFLICT, "Changed by someone else at the same moment",
                "Someone else changed this document at the same moment, so nothing was changed by this request. "
                        + "Open the document again to see its state, and try again.");
    }

    @ExceptionHandler(InvalidDocumentException.class)
    Object invalid(InvalidDocumentException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, "Cannot be saved", e.getMessage());
    }

    static Object answer(HttpServletRequest request, HttpStatus status, String title, String message) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(title);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404" : "error/error", status);
        page.addObject("status", status.value());
        page.addObject("error", title);
        page.addObject("message", message);
        return page;
    }
}
