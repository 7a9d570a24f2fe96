package org.cablearchive.accounts;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    /** The account, its row locked until the transaction ends: failed sign-ins at once are all counted. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findForUpdate(String username);

    @Query("select a from Account a order by lower(a.username)")
    List<Account> findAllInOrder();
}
