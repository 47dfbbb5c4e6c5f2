package dev.dateline.streams.web;

import dev.dateline.streams.api.HttpApi;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web view's files, served from the classpath folder {@code /dev/dateline/web/}: the page at
 * {@code /} and its scripts, styles and images at {@code /web/NAME}. The folder is flat and names
 * are checked against a strict pattern, so no request can reach another resource. Files are read
 * once and kept in memory (a few tens of kilobytes).
 */
final class StaticAssets {

    static final String FOLDER = "/dev/dateline/web/";
    static final String PAGE = "index.html";
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]*(\\.[a-z0-9]+)+");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json; charset=utf-8",
            "txt", "text/plain; charset=utf-8");

    private final Map<String, Optional<HttpApi.Response>> cache = new ConcurrentHashMap<>();

    /** The page, or the file {@code name} of the assets folder; empty when there is no such file. */
    Optional<HttpApi.Response> get(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(name, StaticAssets::load);
    }

    private static Optional<HttpApi.Response> load(String name) {
        String type = TYPES.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
        if (type == null) {
            return Optional.empty();
        }
        try (InputStream in = StaticAssets.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new HttpApi.Response(200, type, in.readAllBytes()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot read web asset " + name, e);
        }
    }
}
