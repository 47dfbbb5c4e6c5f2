package dev.dateline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A small client of the app's HTTP API, retrying while the app answers 503 (rebalancing, starting). */
final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    ApiClient(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** GETs a path; answers other than 200 become an exception carrying the API's error message. */
    JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = null;
        for (int attempt = 0; attempt < 15; attempt++) {
            try {
                r = http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (ConnectException e) {
                throw new IOException("no Dateline app answers at " + base + " (start one with `dateline serve`, or pass --url)", e);
            }
            if (r.statusCode() != 503) {
                break;
            }
            Thread.sleep(1000);
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (IOException e) {
            throw new IOException("the app at " + base + " answered " + r.statusCode() + " with something that is not JSON", e);
        }
        if (r.statusCode() != 200) {
            String message = body.path("error").asText("HTTP " + r.statusCode());
            String hint = body.path("hint").asText("");
            throw new ApiException(r.statusCode(), message + (hint.isEmpty() ? "" : " (" + hint + ")"));
        }
        return body;
    }

    String rawGet(String path) throws IOException, InterruptedException {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(get(path));
    }

    static final class ApiException extends IOException {
        private static final long serialVersionUID = 1L;
        final int status;

        ApiException(int status, String message) {
            super(message);
            this.status = status;
        }
    }
}
