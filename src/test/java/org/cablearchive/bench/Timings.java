package org.cablearchive.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a piece of work and reports its latencies (median, p95, p99) or its throughput. */
final class Timings {

    /** One piece of work; may throw, which fails the benchmark (a measurement of errors would mislead). */
    interface Work {
        void run() throws Exception;
    }

    private Timings() {
    }

    /**
     * Runs {@code work} {@code rounds} times one after the other, stopping early once {@code budgetSeconds} have
     * passed (at least three runs); returns the latencies in milliseconds.
     */
    static List<Double> latencies(Work work, int rounds, double budgetSeconds) throws Exception {
        List<Double> ms = new ArrayList<>();
        long deadline = System.nanoTime() + (long) (budgetSeconds * 1e9);
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            ms.add((System.nanoTime() - t) / 1e6);
            if (ms.size() >= 3 && System.nanoTime() > deadline) {
                break;
            }
        }
        return ms;
    }

    /** {@code p50_ms}, {@code p95_ms}, {@code p99_ms} and {@code n} of latencies. */
    static Map<String, Object> summary(List<Double> ms) {
        List<Double> sorted = new ArrayList<>(ms);
        Collections.sort(sorted);
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("p50_ms", round(percentile(sorted, 50)));
        s.put("p95_ms", round(percentile(sorted, 95)));
        s.put("p99_ms", round(percentile(sorted, 99)));
        s.put("n", sorted.size());
        return s;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
    }

    static double round(double v) {
        return Math.round(v * 100.0) / 100.0;
    }

    /**
     * {@code clients} threads run the works in turn (each thread starting at another one) for {@code seconds};
     * returns completed works per second.
     */
    static double throughput(List<Work> works, int clients, double seconds) throws InterruptedException {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong done = new AtomicLong();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread t = new Thread(() -> {
                for (int i = offset; !stop.get(); i++) {
                    try {
                        works.get(i % works.size()).run();
                        done.incrementAndGet();
                    } catch (Exception e) {
                        failures.add(e);
                        return;
                    }
                }
            }, "bench-client-" + c);
            threads.add(t);
            t.start();
        }
        Thread.sleep((long) (seconds * 1000));
        stop.set(true);
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (!failures.isEmpty()) {
            throw new IllegalStateException("A client failed: " + failures.get(0), failures.get(0));
        }
        return done.get() / elapsed;
    }
}
