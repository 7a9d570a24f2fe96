package org.cablearchive.accounts.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cablearchive.accounts.AccountNotFoundException;
import org.cablearchive.accounts.InvalidAccountException;
import org.cablearchive.accounts.UsernameTakenException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals of the accounts API as RFC 9457 problem details whose {@code detail} says what to change (with an
 * {@code errors} object of field → message); an unknown account is the archive's 404 page or a 404 problem.
 */
@ControllerAdvice(basePackageClasses = AccountErrors.class)
class AccountErrors {

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), error.getDefaultMessage());
        }
        return badRequest(errors);
    }

    @ExceptionHandler(InvalidAccountException.class)
    ResponseEntity<ProblemDetail> refused(InvalidAccountException e) {
        return badRequest(Map.of(e.field(), e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(HttpStatus.BAD_REQUEST, "Invalid account", "Send a JSON object: "
                + "{\"username\": \"…\", \"password\": \"…\", \"roles\": [\"EDITOR\"]}.");
    }

    @ExceptionHandler(UsernameTakenException.class)
    ResponseEntity<ProblemDetail> taken(UsernameTakenException e) {
        return problem(HttpStatus.CONFLICT, "Username taken", e.getMessage());
    }

    @ExceptionHandler(AccountNotFoundException.class)
    Object notFound(AccountNotFoundException e, HttpServletRequest request) {
        if (request.getRequestURI().startsWith("/api/")) {
            return problem(HttpStatus.NOT_FOUND, "Account not found", e.getMessage());
        }
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("message", e.getMessage());
        return page;
    }

    private static ResponseEntity<ProblemDetail> badRequest(Map<String, String> errors) {
        ResponseEntity<ProblemDetail> response = problem(HttpStatus.BAD_REQUEST, "Invalid account",
                errors.values().stream().collect(Collectors.joining(" ")));
        response.getBody().setProperty("errors", errors);
        return response;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
