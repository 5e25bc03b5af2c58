package org.esgledger.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Signed-in clients asking for one page in a loop, each as soon as its last answer came (closed loop); latencies kept per answer. */
final class WebLoad {

    private final URI base;
    private final String name;
    private final String password;
    private final List<WebSession> sessions = new ArrayList<>();

    WebLoad(URI base, String name, String password) {
        this.base = base;
        this.name = name;
        this.password = password;
    }

    /** What one level measured. */
    record Result(String page, int clients, long answers, long failed, String firstFailure, int seconds, BigDecimal perSecond,
            BigDecimal p50Millis, BigDecimal p99Millis) {

        String line() {
            return String.format("%-16s %3d clients: %,8d good answers in %d s = %s/s, p50 %s ms, p99 %s ms; %,d failed%s", page, clients,
                    answers, seconds, perSecond, p50Millis, p99Millis, failed, failed == 0 ? "" : " (first: " + firstFailure + ")");
        }
    }

    /** What one client measured: the latencies of its good answers, and its failures (an error page is not a fast page). */
    private record Client(List<Long> latencies, long failed, String firstFailure) {
    }

    Result run(WebLoadBenchmark.Page page, int clients, int warmUpSeconds, int seconds) throws Exception {
        while (sessions.size() < clients) {
            sessions.add(WebSession.signIn(base, name, password));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch ready = new CountDownLatch(clients);
            long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(200);
            long measureFrom = start + TimeUnit.SECONDS.toNanos(warmUpSeconds);
            long end = measureFrom + TimeUnit.SECONDS.toNanos(seconds);
            List<Future<Client>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                WebSession session = sessions.get(c);
                each.add(pool.submit(() -> client(session, page, ready, start, measureFrom, end)));
            }
            List<Long> all = new ArrayList<>();
            long failed = 0;
            String firstFailure = "";
            for (Future<Client> f : each) {
                Client c = f.get();
                all.addAll(c.latencies());
                failed += c.failed();
                firstFailure = firstFailure.isEmpty() ? c.firstFailure() : firstFailure;
            }
            Collections.sort(all);
            return new Result(page.name(), clients, all.size(), failed, firstFailure, seconds,
                    BigDecimal.valueOf(all.size()).divide(BigDecimal.valueOf(seconds), 0, RoundingMode.HALF_UP),
                    millis(percentile(all, 50)), millis(percentile(all, 99)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static Client client(WebSession session, WebLoadBenchmark.Page page, CountDownLatch ready, long start, long measureFrom,
            long end) throws IOException, InterruptedException {
        ready.countDown();
        ready.await();
        while (System.nanoTime() < start) {
            Thread.onSpinWait();
        }
        List<Long> latencies = new ArrayList<>();
        long failed = 0;
        String first = "";
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                return new Client(latencies, failed, first);
            }
            HttpResponse<String> answer = session.get(page.path());
            long took = System.nanoTime() - sent;
            boolean good = answer.statusCode() == 200 && answer.body().contains(page.marker());
            if (sent >= measureFrom && good) {
                latencies.add(took);
            } else if (sent >= measureFrom) {
                failed++;
                first = first.isEmpty() ? answer.statusCode() + " after " + took / 1_000_000 + " ms" : first;
            }
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (p * sorted.size() + 99) / 100;
        return sorted.get(Math.max(0, rank - 1));
    }

    private static BigDecimal millis(long nanos) {
        return BigDecimal.valueOf(nanos).divide(BigDecimal.valueOf(1_000_000), 1, RoundingMode.HALF_UP);
    }
}
