package dev.dateline.streams.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.streams.api.HttpApi;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StaticAssetsTest {

    private final StaticAssets assets = new StaticAssets();

    @Test
    void servesThePageAndItsFilesWithTheirTypes() {
        HttpApi.Response page = assets.get(StaticAssets.PAGE).orElseThrow();
        assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
        assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("<html lang=\"en\">");
        assertThat(assets.get("app.js").orElseThrow().contentType()).isEqualTo("text/javascript; charset=utf-8");
        assertThat(assets.get("timeline.js")).isPresent();
        assertThat(assets.get("app.css").orElseThrow().contentType()).isEqualTo("text/css; charset=utf-8");
        assertThat(assets.get("favicon.svg").orElseThrow().contentType()).isEqualTo("image/svg+xml");
    }

    @Test
    void reachesNothingOutsideItsFolder() {
        for (String name : new String[] {"../api/HttpApi.class", "..", "/etc/passwd", "a/../app.js", "%2e%2e", ".app.js",
                "App.js", "app.js ", "", "nope.js", "logback-test.xml"}) {
            assertThat(assets.get(name)).as(name).isEmpty();
        }
    }

    @Test
    void pageUsesOnlyRelativeLocalUrls() {
        String page = new String(assets.get(StaticAssets.PAGE).orElseThrow().body(), StandardCharsets.UTF_8);
        String js = new String(assets.get("app.js").orElseThrow().body(), StandardCharsets.UTF_8);
        for (String text : new String[] {page, js}) {
            assertThat(text).as("nothing fetched from elsewhere at run time").doesNotContain("src=\"http").doesNotContain("href=\"http")
                    .doesNotContain("//cdn").doesNotContain("fetch('http");
        }
    }
}
