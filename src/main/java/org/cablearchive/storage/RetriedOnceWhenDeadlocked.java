package org.cablearchive.storage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.resilience.annotation.Retryable;

/**
 * A change that PostgreSQL may abort as a deadlock victim (SQLSTATE 40P01) or a serialization failure (40001) is run
 * once more, in a new transaction, before the failure is answered (as a conflict, 409): the other transaction has
 * committed or rolled back meanwhile, so the second try usually passes, or finds what the other changed and is refused
 * for that. Only a transaction that began at the annotated method is tried again (one that joined its caller's is
 * rolled back whole by the caller); every change of a document takes its row lock first, so this is the safety net,
 * not the rule.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Retryable(predicate = DeadlockRetry.class, maxRetries = 1, delay = 40, jitter = 30)
public @interface RetriedOnceWhenDeadlocked {
}
