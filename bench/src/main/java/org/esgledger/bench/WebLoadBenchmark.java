package org.esgledger.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web application under concurrent signed-in load (issue 14): {@code esg serve} on the demo
 * workspace in a process of its own, as a company runs it; this process signs in one session per
 * client and, page after page, keeps each client asking for it as fast as answers come, at 1, 8 and
 * 64 clients. Prints throughput and p50/p99 latency per page and level, of the good answers (a 200 with
 * the page's own heading), and how many failed: an error page is not a fast page.
 * Usage: {@code bench/run-web [seconds per level (default 20)] [clients, e.g. 1,8,64]}; {@code --smoke}: one
 * client, one second per page (the build's smoke test).
 */
public final class WebLoadBenchmark {

    static final String PASSWORD = "bench 春眠不觉晓 password";
    private static final Pattern CODE = Pattern.compile("One-time sign-in code: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})");
    private static final Pattern FIGURE = Pattern.compile("href=\"/figures/(F[0-9a-f]{16})");

    private WebLoadBenchmark() {
    }

    /**
     * How long each level runs, at which numbers of clients, where the workspace goes; a smoke run uses
     * the demo workspace another smoke run left there, when there is one.
     */
    record Settings(int seconds, int warmUpSeconds, List<Integer> clients, Path dir, boolean reuseWorkspace) {

        static Settings of(String[] args) {
            if (args.length > 0 && args[0].equals("--smoke")) {
                return smoke(Path.of("bench/target/smoke-web"));
            }
            int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
            List<Integer> clients = args.length > 1 ? List.of(args[1].split(",")).stream().map(Integer::parseInt).toList() : List.of(1, 8, 64);
            return new Settings(seconds, 5, clients, Path.of("bench/target/web"), false);
        }

        static Settings smoke(Path dir) {
            return new Settings(1, 0, List.of(1), dir, true);
        }
    }

    /** A page of the load: its address and a text every good answer holds. */
    record Page(String name, String path, String marker) {
    }

    public static void main(String[] args) throws Exception {
        run(Settings.of(args));
    }

    /** Prepares the workspace, serves it, loads each page at each level; the server is stopped before returning. */
    static List<WebLoad.Result> run(Settings settings) throws Exception {
        Path workspace = settings.dir().resolve("workspace").toAbsolutePath();
        Files.createDirectories(settings.dir());
        if (!(settings.reuseWorkspace() && Files.isDirectory(workspace))) {
            EsgProcess.run(workspace, "demo", "--force", "--no-report");
        }
        String user = "bench." + System.currentTimeMillis();
        String added = EsgProcess.run(workspace, "user", "add", user, "--role", "manager", "--display", "Bench");
        Matcher code = CODE.matcher(added);
        if (!code.find()) {
            throw new IllegalStateException("esg user add printed no one-time code: " + added);
        }
        int port = freePort();
        try (EsgProcess server = EsgProcess.serve(workspace, port, settings.dir().resolve("serve.log"))) {
            URI base = URI.create("http://127.0.0.1:" + port + "/");
            server.awaitReady(base, TimeUnit.SECONDS.toMillis(120));
            WebSession first = WebSession.firstSignIn(base, user, code.group(1), PASSWORD);
            String list = first.get("figures?year=2024&lang=en").body();
            Matcher figure = FIGURE.matcher(list);
            if (!figure.find()) {
                throw new IllegalStateException("the figure list shows no figure");
            }
            List<Page> pages = List.of(
                    new Page("dashboard", "?year=2024&lang=en", "Dashboard, FY2024"),
                    new Page("fact grid", "facts?entity=zkteco&year=2024&lang=en", "Facts of "),
                    new Page("figure list", "figures?year=2024&lang=en", "Figures, FY2024"),
                    new Page("figure explorer", "figures/" + figure.group(1) + "?lang=en", figure.group(1)));
            WebLoad load = new WebLoad(base, user, PASSWORD);
            List<WebLoad.Result> results = new ArrayList<>();
            for (Page page : pages) {
                for (int clients : settings.clients()) {
                    WebLoad.Result r = load.run(page, clients, settings.warmUpSeconds(), settings.seconds());
                    System.out.println(r.line());
                    results.add(r);
                }
            }
            return results;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
