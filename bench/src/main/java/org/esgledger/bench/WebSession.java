package org.esgledger.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** One signed-in browser session, as the load sees it: its own connection and cookies, HTTP/1.1, redirects followed. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final URI base;
    private final HttpClient client;

    private WebSession(URI base) {
        this.base = base;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Sets the user's password with the one-time code {@code esg user add} printed; the session is then signed in. */
    static WebSession firstSignIn(URI base, String name, String code, String password) throws IOException, InterruptedException {
        WebSession s = new WebSession(base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("code", code);
        form.put("password", password);
        form.put("repeat", password);
        s.post("first-sign-in", form);
        return s;
    }

    /** Signs in with name and password. */
    static WebSession signIn(URI base, String name, String password) throws IOException, InterruptedException {
        WebSession s = new WebSession(base);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("password", password);
        s.post("sign-in", form);
        return s;
    }

    /** Posts a form of a page, with the CSRF token its GET gave; fails unless it ends on a page other than a sign-in page. */
    private void post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get(path).body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on /" + path);
        }
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", token.group(1));
        String body = all.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != 200 || answer.uri().getPath().contains("sign-in")) {
            throw new IllegalStateException("POST /" + path + " ended on " + answer.uri() + " (" + answer.statusCode() + ")");
        }
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
