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
    record Result(String page, int clients, long answers, int seconds, BigDecimal perSecond, BigDecimal p50Millis, BigDecimal p99Millis) {

        String line() {
            return String.format("%-16s %3d clients: %,8d answers in %d s = %s/s, p50 %s ms, p99 %s ms", page, clients, answers, seconds,
                    perSecond, p50Millis, p99Millis);
        }
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
            List<Future<List<Long>>> each = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                WebSession session = sessions.get(c);
                each.add(pool.submit(() -> client(session, page, ready, start, measureFrom, end)));
            }
            List<Long> all = new ArrayList<>();
            for (Future<List<Long>> f : each) {
                all.addAll(f.get());
            }
            Collections.sort(all);
            return new Result(page.name(), clients, all.size(), seconds,
                    BigDecimal.valueOf(all.size()).divide(BigDecimal.valueOf(seconds), 0, RoundingMode.HALF_UP),
                    millis(percentile(all, 50)), millis(percentile(all, 99)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Long> client(WebSession session, WebLoadBenchmark.Page page, CountDownLatch ready, long start, long measureFrom,
            long end) throws IOException, InterruptedException {
        ready.countDown();
        ready.await();
        while (System.nanoTime() < start) {
            Thread.onSpinWait();
        }
        List<Long> latencies = new ArrayList<>();
        while (true) {
            long sent = System.nanoTime();
            if (sent >= end) {
                return latencies;
            }
            HttpResponse<String> answer = session.get(page.path());
            long took = System.nanoTime() - sent;
            if (answer.statusCode() != 200 || !answer.body().contains(page.marker())) {
                throw new IllegalStateException(page.name() + ": " + answer.statusCode() + " at " + answer.uri() + " without \"" + page.marker() + "\"");
            }
            if (sent >= measureFrom) {
                latencies.add(took);
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
