package org.cablearchive.ingest.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the public may ask {@code POST /api/parse} to read a text: {@code archive.limits.parse-per-minute}
 * ({@code ARCHIVE_PARSE_PER_MINUTE}, 20) requests a minute per client address, refilled steadily, in a token bucket
 * of that size (Bucket4j). Reading a megabyte of text costs seconds of a processor, so one address cannot take the
 * machine from everyone else; signed-in staff are not limited. The client address is the connection's (behind a
 * proxy, set {@code server.forward-headers-strategy=native} so that it is the forwarded one). The buckets live in
 * this node's memory: at most {@link #MAX_ADDRESSES} addresses are remembered, the full buckets forgotten first.
 */
@Component
class ParseRateLimit {

    static final int MAX_ADDRESSES = 10_000;

    private final int perMinute;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    ParseRateLimit(@Value("${archive.limits.parse-per-minute:20}") int perMinute) {
        this.perMinute = perMinute;
    }

    /** Takes one request from the address's bucket: 0 when it may go on, else the seconds to wait. */
    long secondsToWait(HttpServletRequest request) {
        if (buckets.size() >= MAX_ADDRESSES) {
            forgetFullBuckets();
        }
        Bucket bucket = buckets.computeIfAbsent(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1);
    }

    private void forgetFullBuckets() {
        buckets.entrySet().removeIf(e -> e.getValue().getAvailableTokens() >= perMinute);
        if (buckets.size() >= MAX_ADDRESSES) {
            buckets.clear(); // a flood of addresses: start afresh rather than grow without bound
        }
    }
}
