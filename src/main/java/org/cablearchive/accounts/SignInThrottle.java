package org.cablearchive.accounts;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down guessing, per address and never for the whole world: {@value #PER_ACCOUNT} wrong passwords for one
 * username from one address within {@link #WINDOW} stop sign-ins to that username from that address until the
 * oldest of them is {@link #WINDOW} old; {@value #PER_ADDRESS} wrong passwords from one address, whatever the
 * usernames, stop every sign-in from it the same way. The rightful owner signing in from elsewhere is never kept
 * out. Usernames that have no account are counted exactly as those that have, and the message is the same, so the
 * answers tell nobody which accounts exist. The failures are rows in the database, so the limits hold across nodes.
 */
@Component
class SignInThrottle {

    static final int PER_ACCOUNT = 5;
    static final int PER_ADDRESS = 20;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcTemplate jdbc;

    SignInThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Until when sign-ins as {@code username} from {@code address} are refused, if they are now. */
    @Transactional(readOnly = true)
    public Optional<Instant> blockedUntil(String username, String address, Instant now) {
        Timestamp since = Timestamp.from(now.minus(WINDOW));
        Optional<Instant> account = nthNewest(jdbc.queryForList("select at from sign_in_failure where username = ? "
                        + "and address = ? and at > ? order by at desc limit ?", Timestamp.class,
                key(username), address, since, PER_ACCOUNT), PER_ACCOUNT);
        Optional<Instant> everyone = nthNewest(jdbc.queryForList("select at from sign_in_failure where address = ? "
                + "and at > ? order by at desc limit ?", Timestamp.class, address, since, PER_ADDRESS), PER_ADDRESS);
        return account.isPresent() && everyone.isPresent()
                ? Optional.of(account.get().isAfter(everyone.get()) ? account.get() : everyone.get())
                : account.or(() -> everyone);
    }

    /** The limit is reached when there are {@code limit} failures in the window: blocked until the oldest leaves it. */
    private static Optional<Instant> nthNewest(List<Timestamp> newestFirst, int limit) {
        return newestFirst.size() < limit ? Optional.empty()
                : Optional.of(newestFirst.get(limit - 1).toInstant().plus(WINDOW));
    }

    /** Counts a failed sign-in, and forgets those that left the window. */
    @Transactional
    public void failed(String username, String address, Instant now) {
        jdbc.update("insert into sign_in_failure (username, address, at) values (?, ?, ?)", key(username), address,
                Timestamp.from(now));
        jdbc.update("delete from sign_in_failure where at < ?", Timestamp.from(now.minus(WINDOW)));
    }

    /** A right password from an address forgets that address's failures for the username. */
    @Transactional
    public void succeeded(String username, String address) {
        jdbc.update("delete from sign_in_failure where username = ? and address = ?", key(username), address);
    }

    private static String key(String username) {
        String typed = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return typed.length() > 200 ? typed.substring(0, 200) : typed;
    }

    /** The message for a throttled sign-in: the same for every username, existing or not. */
    static String message(Instant until) {
        return "Too many failed sign-ins from your address: try again after "
                + DateTimeFormatter.ofPattern("HH:mm").format(until.atZone(ZoneId.systemDefault()))
                + ".";
    }
}
