package org.cablearchive.storage;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.resilience.retry.MethodRetryPredicate;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When {@link RetriedOnceWhenDeadlocked} tries again: the failure was a deadlock or a serialization failure, and no
 * transaction of a caller is still open (trying again inside it would run in a transaction PostgreSQL has aborted).
 */
public class DeadlockRetry implements MethodRetryPredicate {

    private static final Logger log = LoggerFactory.getLogger(DeadlockRetry.class);

    @Override
    public boolean shouldRetry(Method method, Throwable failure) {
        if (!DatabaseFailures.isConflict(failure) || TransactionSynchronizationManager.isActualTransactionActive()) {
            return false;
        }
        log.info("{}.{}: the transaction was aborted by a concurrent one ({}); trying it once more",
                method.getDeclaringClass().getSimpleName(), method.getName(), failure.getClass().getSimpleName());
        return true;
    }
}
