package dev.dateline.streams.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web view against one app instance on the local broker with the sample articles: what it
 * serves over HTTP, its live stream and ops panel, and the page itself in headless Chromium —
 * picking an entity, the events in date order, filtering, an event's evidence, a live update.
 * Tests that change the data (by publishing) run last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimelineWebIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    /** A new article about North Korea with one dated event, 14 March 2026, that no sample mentions. */
    private static final String LIVE_ARTICLE = """
            {"id": "web-it-live-1", "url": "https://news.example/web-it/live-1", "source": "Test Wire", \
            "title": "Pyongyang tests a new rocket engine", "published": "2026-03-16T09:00:00Z", \
            "body": "North Korea conducted a ground test of a solid-fuel rocket engine on March 14, 2026, state media said on Monday. \
            Analysts in Seoul said the North could use the engine for a new long-range missile."}""";
    private static final String SECOND_LIVE_ARTICLE = """
            {"id": "web-it-live-2", "url": "https://news.example/web-it/live-2", "source": "Test Wire", \
            "title": "Another engine test", "published": "2026-05-11T09:00:00Z", \
            "body": "North Korea fired a short-range ballistic missile into the sea on May 9, 2026, the South's military said."}""";

    @TempDir
    static Path dir;
    static WebHarness harness;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        harness = WebHarness.start(dir, Map.of(WebView.HEARTBEAT_MS, "500"));
        if (Browser.available()) {
            browser = Browser.start(1440, 1000);
        }
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
        } finally {
            if (harness != null) {
                harness.close();
            }
        }
    }

    @AfterEach
    void noScriptErrors() {
        if (browser != null) {
            assertThat(browser.errors()).as("errors the page logged").isEmpty();
        }
    }

    // ---------- over HTTP ----------

    @Test
    @Order(1)
    void servesThePageAndItsAssetsBesideTheApi() throws Exception {
        HttpResponse<String> page = get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<script type=\"module\" src=\"web/app.js\"></script>");
        assertThat(get("/?entity=North%20Korea&type=SUMMIT").body()).isEqualTo(page.body());
        assertThat(get("/web/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/web/timeline.js").statusCode()).isEqualTo(200);
        assertThat(get("/web/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/web/favicon.svg").headers().firstValue("Content-Type")).hasValue("image/svg+xml");

        for (String missing : List.of("/web/nope.js", "/web/..%2Fapi%2FHttpApi.class", "/web/", "/web/%2e%2e/index.html",
                "/web/.hidden", "/nothing-here")) {
            HttpResponse<String> r = get(missing);
            assertThat(r.statusCode()).as(missing).isEqualTo(404);
            assertThat(JSON.readTree(r.body()).path("status").asInt()).as(missing).isEqualTo(404);
        }
        assertThat(JSON.readTree(get("/entities?q=dprk").body()).path("entities").get(0).path("name").asText())
                .as("the JSON API is unchanged").isEqualTo("North Korea");
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    @Order(2)
    void opsReportsInstancesLagDeadLettersAndWhatWasProcessed() throws Exception {
        JsonNode ops = JSON.readTree(get("/ops").body());
        assertThat(ops.path("applicationId").asText()).isEqualTo("web-it");
        JsonNode self = ops.path("instances").get(0);
        assertThat(ops.path("instances")).hasSize(1);
        assertThat(self.path("self").asBoolean()).isTrue();
        assertThat(self.path("state").asText()).isEqualTo("RUNNING");
        assertThat(self.path("ready").asBoolean()).isTrue();
        assertThat(self.path("activeTasks")).hasSize(12);
        assertThat(self.path("articlesProcessed").asLong()).isEqualTo(15);
        assertThat(ops.path("totals").path("deadLetters").asLong()).isZero();
        assertThat(ops.path("totals").path("eventsAdded").asLong()).isPositive();

        JsonNode lag = ops.path("lag");
        assertThat(lag.has("error")).as("lag error: %s", lag.path("error")).isFalse();
        assertThat(lag.path("total").asLong()).isZero();
        List<String> articlePartitions = new ArrayList<>();
        lag.path("partitions").forEach(p -> {
            if (p.path("topic").asText().equals("articles")) {
                articlePartitions.add(p.path("partition").asText());
                assertThat(p.path("committed").asLong()).as("committed offset of %s", p).isPositive();
            }
        });
        assertThat(articlePartitions).containsExactly("0", "1", "2");
        assertThat(lag.path("partitions").toString()).contains("web-it-mentions-by-bucket-repartition");

        JsonNode local = JSON.readTree(get("/ops?local=true").body());
        assertThat(local.path("host").asText()).isEqualTo("localhost:" + harness.app.httpPort());
        assertThat(local.has("lag")).as("an instance's own part carries no group lag").isFalse();
    }

    // ---------- in the browser ----------

    @Test
    @Order(3)
    void pickAnEntityByAliasAndSeeItsEventsInDateOrder() throws Exception {
        WebDriver d = driver();
        d.get(harness.baseUrl() + "/");
        WebElement search = waitFor(By.id("entity-search"));
        search.sendKeys("DPRK");
        WebElement first = wait(d).until(x -> {
            List<WebElement> links = x.findElements(By.cssSelector("#entity-list a.entity"));
            return links.size() == 1 && links.get(0).getAttribute("data-name").equals("North Korea") ? links.get(0) : null;
        });
        assertThat(first.findElement(By.className("kind")).getText()).isEqualTo("COUNTRY".toLowerCase());
        JsonNode api = api("/timelines/" + enc("North Korea"));
        assertThat(first.findElement(By.className("count")).getText()).isEqualTo(api.path("entity").path("eventCount").asText());

        first.click();
        List<String> ids = waitForRows(api.path("count").asInt());
        assertThat(ids).as("the table lists the API's events in the API's (date) order").isEqualTo(idsOf(api));
        assertThat(rows("start")).isSorted();
        assertThat(d.findElement(By.id("entity-name")).getText()).isEqualTo("North Korea");
        assertThat(d.getCurrentUrl()).contains("entity=North+Korea");
        d.get(harness.baseUrl() + "/?entity=dprk");
        waitForRows(ids.size());
        assertThat(d.findElement(By.id("entity-name")).getText()).as("an alias in the URL shows the canonical name").isEqualTo("North Korea");
        assertThat(d.getCurrentUrl()).contains("entity=North+Korea");
        assertThat(text(By.id("event-rows"))).contains("9 October 2006").contains("North Korea conducts nuclear test");

        // every event is on the time axis, coarse ones as spans and day-precise ones as points
        List<WebElement> marks = d.findElements(By.cssSelector("#timeline .ev"));
        assertThat(marks).hasSize(ids.size());
        for (JsonNode e : api.path("events")) {
            WebElement mark = d.findElement(By.cssSelector("#timeline .ev[data-id='" + e.path("id").asText() + "']"));
            String shape = e.path("granularity").asText().equals("DAY") ? "circle" : "rect";
            assertThat(mark.findElements(By.tagName(shape))).as("%s is a %s", e.path("date").asText(), shape).hasSize(1);
            assertThat(mark.getAttribute("aria-label")).contains(e.path("title").asText());
            assertThat(mark.getAttribute("class")).contains("mod-" + e.path("modality").asText());
        }
        assertThat(d.findElements(By.cssSelector("#timeline .ev circle"))).as("day-precise events").isNotEmpty();
        assertThat(d.findElements(By.cssSelector("#timeline .ev rect"))).as("coarser events").isNotEmpty();
        List<Double> pixelsPerDay = new ArrayList<>();
        for (JsonNode e : api.path("events")) {
            if (!e.path("granularity").asText().equals("DAY")) {
                double width = Double.parseDouble(d.findElement(By.cssSelector("#timeline .ev[data-id='" + e.path("id").asText() + "'] rect"))
                        .getAttribute("width"));
                long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(e.path("startDay").asText()),
                        java.time.LocalDate.parse(e.path("endDay").asText())) + 1;
                if (width > 3) {
                    pixelsPerDay.add(width / days);
                }
            }
        }
        assertThat(pixelsPerDay).as("a span is as long as the time it covers: a year twelve months, a month its days").isNotEmpty()
                .allSatisfy(p -> assertThat(p).isCloseTo(pixelsPerDay.get(0), org.assertj.core.data.Percentage.withPercentage(3)));

        // zooming in narrows the visible window
        String window = text(By.id("window-label"));
        d.findElement(By.id("zoom-in")).click();
        wait(d).until(x -> !text(By.id("window-label")).equals(window));

        // the keyboard alone: search, arrow into the list, Enter
        search = d.findElement(By.id("entity-search"));
        search.clear();
        search.sendKeys("japan");
        wait(d).until(x -> x.findElement(By.id("entity-count")).getText().contains("“japan”")
                && x.findElement(By.cssSelector("#entity-list a.entity")).getAttribute("data-name").equals("Japan"));
        search.sendKeys(Keys.ARROW_DOWN);
        d.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait(d).until(x -> text(By.id("entity-name")).equals("Japan"));
        waitForRows(api("/timelines/Japan").path("count").asInt());
    }

    @Test
    @Order(4)
    void filterByTypeAndDateRangeAndShareTheViewByItsUrl() throws Exception {
        WebDriver d = driver();
        d.get(harness.baseUrl() + "/?entity=" + enc("North Korea"));
        JsonNode all = api("/timelines/" + enc("North Korea"));
        waitForRows(all.path("count").asInt());

        List<String> types = typesByFrequency(all);
        assertThat(types).as("North Korea's event types").hasSizeGreaterThanOrEqualTo(3);
        String first = types.get(0);
        String second = types.get(1);
        String both = java.util.stream.Stream.of(first, second).sorted().collect(java.util.stream.Collectors.joining(","));

        d.findElement(By.id("types-none")).click();
        waitForRows(0);
        d.findElement(By.cssSelector("#type-chips input[value='" + first + "']")).click();
        JsonNode one = api("/timelines/" + enc("North Korea") + "?type=" + first);
        assertThat(one.path("count").asInt()).isPositive().isLessThan(all.path("count").asInt());
        assertThat(waitForRows(one.path("count").asInt())).isEqualTo(idsOf(one));
        assertThat(rows("type")).containsOnly(first);
        assertThat(d.findElements(By.cssSelector("#timeline .ev"))).hasSize(one.path("count").asInt());
        d.findElement(By.cssSelector("#type-chips input[value='" + second + "']")).click();
        JsonNode two = api("/timelines/" + enc("North Korea") + "?type=" + both);
        assertThat(waitForRows(two.path("count").asInt())).isEqualTo(idsOf(two));
        assertThat(d.getCurrentUrl()).contains("type=" + both);

        // a range around the middle of the filtered events
        String middle = two.path("events").get(two.path("count").asInt() / 2).path("startDay").asText();
        String from = middle.substring(0, 4);
        String to = (Integer.parseInt(from) + 1) + "-06";
        d.findElement(By.id("from")).sendKeys(from);
        d.findElement(By.id("to")).sendKeys(to);
        d.findElement(By.id("to")).sendKeys(Keys.ENTER);
        JsonNode ranged = api("/timelines/" + enc("North Korea") + "?type=" + both + "&from=" + from + "&to=" + to);
        assertThat(ranged.path("count").asInt()).isPositive();
        assertThat(waitForRows(ranged.path("count").asInt())).isEqualTo(idsOf(ranged));
        assertThat(d.getCurrentUrl()).contains("from=" + from).contains("to=" + to);

        // the URL is the view: opened afresh it shows the same events with the same filters
        String shared = d.getCurrentUrl();
        d.get(harness.baseUrl() + "/");
        waitFor(By.cssSelector("#entity-list a.entity"));
        d.get(shared);
        assertThat(waitForRows(ranged.path("count").asInt())).isEqualTo(idsOf(ranged));
        assertThat(d.findElement(By.cssSelector("#type-chips input[value='" + first + "']")).isSelected()).isTrue();
        assertThat(d.findElement(By.cssSelector("#type-chips input[value='" + types.get(2) + "']")).isSelected()).isFalse();
        assertThat(d.findElement(By.id("from")).getAttribute("value")).isEqualTo(from);

        d.findElement(By.id("to")).clear();
        d.findElement(By.id("to")).sendKeys("June 2019", Keys.ENTER);
        assertThat(waitFor(By.id("range-error")).getText()).contains("2018-06-12");
    }

    @Test
    @Order(5)
    void openAnEventAndReadItsSourcesWithTheTimeExpressionMarked() throws Exception {
        WebDriver d = driver();
        JsonNode all = api("/timelines/" + enc("North Korea"));
        JsonNode test = mostSourced(all);
        d.get(harness.baseUrl() + "/?entity=" + enc("North Korea"));
        waitForRows(all.path("count").asInt());

        d.findElement(By.cssSelector("#event-rows tr[data-id='" + test.path("id").asText() + "'] button.open")).click();
        WebElement detail = wait(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));
        assertThat(detail.findElement(By.id("detail-title")).getText()).isEqualTo(test.path("title").asText());
        assertThat(detail.findElement(By.id("detail-facts")).getText())
                .contains(test.path("granularity").asText().toLowerCase(java.util.Locale.ROOT) + " precision")
                .contains(test.path("date").asText());
        assertThat(d.getCurrentUrl()).contains("event=" + test.path("id").asText());

        JsonNode full = api("/events/" + test.path("id").asText());
        List<WebElement> sources = detail.findElements(By.cssSelector("#detail-sources li.source"));
        assertThat(sources).hasSize(full.path("sources").size()).isNotEmpty();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode s = full.path("sources").get(i);
            WebElement quote = sources.get(i).findElement(By.cssSelector("blockquote.evidence"));
            assertThat(quote.getText()).isEqualTo(s.path("evidence").asText());
            assertThat(quote.findElement(By.cssSelector("mark.timex")).getText()).isEqualTo(s.path("dateText").asText());
            assertThat(sources.get(i).getText()).contains(s.path("source").asText()).contains(s.path("title").asText());
        }

        // the time axis by keyboard: Tab reaches an event, arrows move between events, Enter opens one
        d.findElement(By.id("timeline")).click();
        d.switchTo().activeElement().sendKeys(Keys.TAB);
        WebElement focused = d.switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("ev");
        String firstFocused = focused.getAttribute("data-id");
        List<String> order = idsOf(all);
        boolean last = order.indexOf(firstFocused) == order.size() - 1;
        focused.sendKeys(last ? Keys.ARROW_LEFT : Keys.ARROW_RIGHT);
        String next = d.switchTo().activeElement().getAttribute("data-id");
        assertThat(order.indexOf(next)).as("the neighbouring event in date order").isEqualTo(order.indexOf(firstFocused) + (last ? -1 : 1));
        d.switchTo().activeElement().sendKeys(Keys.ENTER);
        wait(d).until(x -> x.getCurrentUrl().contains("event=" + next));
        assertThat(text(By.id("detail-title"))).isEqualTo(eventById(all, next).path("title").asText());
        d.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait(d).until(ExpectedConditions.invisibilityOfElementLocated(By.id("detail")));
        d.findElement(By.cssSelector("#event-rows tr[data-id='" + test.path("id").asText() + "'] button.open")).click();
        detail = wait(d).until(ExpectedConditions.visibilityOfElementLocated(By.id("detail")));

        // actors lead to their own timelines
        JsonNode withOthers = null;
        String other = null;
        for (JsonNode e : all.path("events")) {
            for (JsonNode a : e.path("actors")) {
                if (withOthers == null && !a.path("name").asText().equals("North Korea")) {
                    withOthers = e;
                    other = a.path("name").asText();
                }
            }
        }
        assertThat(other).as("an event of North Korea's that names another actor").isNotNull();
        d.findElement(By.cssSelector("#event-rows tr[data-id='" + withOthers.path("id").asText() + "'] button.open")).click();
        String otherName = other;
        wait(d).until(x -> x.findElements(By.cssSelector("#detail a.entity-link[data-entity='" + otherName + "']")).size() > 0);
        d.findElement(By.cssSelector("#detail a.entity-link[data-entity='" + other + "']")).click();
        wait(d).until(x -> text(By.id("entity-name")).equals(otherName));
        waitForRows(api("/timelines/" + enc(other)).path("count").asInt());
        assertThat(d.findElement(By.id("detail")).isDisplayed()).as("another entity's timeline starts with no event open").isFalse();
        d.navigate().back();
        wait(d).until(x -> text(By.id("entity-name")).equals("North Korea"));
    }

    @Test
    @Order(6)
    void theTimeAxisDrawsFiveHundredEventsQuickly() throws Exception {
        WebDriver d = driver();
        d.get(harness.baseUrl() + "/?entity=Japan");
        waitForRows(api("/timelines/Japan").path("count").asInt());
        Object result = ((JavascriptExecutor) d).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('./web/timeline.js').then(({ Timeline }) => {
                  const box = document.createElement('div');
                  box.style.width = '1000px';
                  document.body.appendChild(box);
                  const grans = ['DAY', 'MONTH', 'YEAR', 'DAY', 'WEEK'];
                  const events = [];
                  for (let i = 0; i < 500; i++) {
                    const day = new Date(Date.UTC(1990, 0, 1) + i * 23 * 86400000).toISOString().slice(0, 10);
                    const g = grans[i % grans.length];
                    const end = g === 'DAY' ? day : new Date(Date.parse(day) + (g === 'WEEK' ? 6 : g === 'MONTH' ? 30 : 364) * 86400000).toISOString().slice(0, 10);
                    events.push({ id: 'e' + i, startDay: day, endDay: end, granularity: g, type: 'T' + (i % 9),
                      modality: i % 7 === 0 ? 'PLANNED' : 'ASSERTED', title: 'Synthetic event number ' + i, sourceCount: 1, date: day });
                  }
                  const colors = new Map([...Array(9).keys()].map(k => ['T' + k, '#1f77b4']));
                  const t = new Timeline(box);
                  t.setData(events, colors);
                  t.fit();
                  const times = [];
                  for (let r = 0; r < 5; r++) {
                    const start = performance.now();
                    t.render();
                    times.push(performance.now() - start);
                    t.zoom(0.7);
                  }
                  const marks = box.querySelectorAll('.ev').length;
                  box.remove();
                  done({ worst: Math.max(...times), marks });
                }).catch(e => done({ error: String(e) }));""");
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) result;
        assertThat(r).doesNotContainKey("error");
        assertThat(((Number) r.get("marks")).intValue()).as("marks drawn in the last (zoomed) view").isPositive();
        assertThat(((Number) r.get("worst")).doubleValue()).as("slowest redraw of 500 events, ms").isLessThan(250);
    }

    @Test
    @Order(7)
    void screenshotOfTheMainView() throws Exception {
        WebDriver d = driver();
        JsonNode all = api("/timelines/" + enc("North Korea"));
        JsonNode open = mostSourced(all);
        org.openqa.selenium.Dimension size = d.manage().window().getSize();
        d.manage().window().setSize(new org.openqa.selenium.Dimension(1440, 1240));
        try {
            d.get(harness.baseUrl() + "/?entity=" + enc("North Korea") + "&event=" + open.path("id").asText());
            waitForRows(all.path("count").asInt());
            wait(d).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#detail mark.timex")));
            wait(d).until(x -> x.findElement(By.id("live")).getAttribute("class").contains("on"));
            wait(d).until(x -> x.findElement(By.id("health")).getAttribute("class").contains("good"));
            ((JavascriptExecutor) d).executeScript("window.scrollTo(0, 0)");
            save(browser.driver.getScreenshotAs(OutputType.BYTES), "web-view.png");

            WebElement ops = d.findElement(By.id("ops"));
            ((JavascriptExecutor) d).executeScript("arguments[0].scrollIntoView()", ops);
            wait(d).until(x -> !x.findElements(By.cssSelector("#ops-lag tr")).isEmpty());
            assertThat(ops.getText()).contains("Instances running").contains("Consumer lag").contains("Dead letters")
                    .contains("Articles processed").contains("RUNNING");
            save(ops.getScreenshotAs(OutputType.BYTES), "web-ops.png");
        } finally {
            d.manage().window().setSize(size);
        }
    }

    /** Keeps a screenshot in target/web-screenshots, and in -Ddateline.web.screenshot.dir (docs/img) when given. */
    private static void save(byte[] png, String name) throws IOException {
        assertThat(png).hasSizeGreaterThan(10_000);
        Path out = Path.of("target", "web-screenshots", name);
        Files.createDirectories(out.getParent());
        Files.write(out, png);
        String docs = System.getProperty("dateline.web.screenshot.dir");
        if (docs != null && !docs.isBlank()) {
            Files.createDirectories(Path.of(docs));
            Files.copy(out, Path.of(docs, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    @Order(8)
    void aPublishedArticleAppearsWithoutAReload() throws Exception {
        WebDriver d = driver();
        JsonNode before = api("/timelines/" + enc("North Korea"));
        d.get(harness.baseUrl() + "/?entity=" + enc("North Korea"));
        waitForRows(before.path("count").asInt());
        wait(d).until(x -> x.findElement(By.id("live")).getAttribute("class").contains("on"));
        ((JavascriptExecutor) d).executeScript("window.__sameDocument = 'yes'");

        harness.publish(List.of(LIVE_ARTICLE));
        new WebDriverWait(d, Duration.ofSeconds(90)).until(x -> rows("start").contains("2026-03-14"));
        @SuppressWarnings("unchecked")
        Map<String, String> row = (Map<String, String>) ((JavascriptExecutor) d).executeScript("""
                const r = [...document.querySelectorAll('#event-rows tr')].find(r => r.dataset.start === '2026-03-14');
                return {id: r.dataset.id, text: r.innerText, cls: r.className};""");
        assertThat(row.get("text")).contains("14 March 2026").contains("Missile launch");
        assertThat(row.get("cls")).as("marked as just changed").contains("fresh");
        assertThat(((JavascriptExecutor) d).executeScript("return window.__sameDocument")).isEqualTo("yes");
        assertThat(d.findElement(By.id("toast")).getText()).contains("New event");
        String id = row.get("id");
        assertThat(d.findElements(By.cssSelector("#timeline .ev[data-id='" + id + "']"))).hasSize(1);
        assertThat(rows("start")).as("still in date order").isSorted();
        assertThat(api("/timelines/" + enc("North Korea")).toString()).contains(id);
    }

    // ---------- the live stream over HTTP ----------

    @Test
    @Order(9)
    void theLiveStreamCarriesOneEntitysChangesAndForgetsClientsThatLeave() throws Exception {
        if (browser != null) {
            browser.driver.get("about:blank");
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).alias("a page that went away is no longer a live client")
                .until(() -> liveClients() == 0);
        EventStream korea = EventStream.open(harness.baseUrl() + "/updates?entity=DPRK");
        EventStream japan = EventStream.open(harness.baseUrl() + "/updates?entity=Japan");
        try {
            assertThat(korea.next("ready").path("entity").asText()).isEqualTo("north korea");
            assertThat(japan.next("ready").path("entity").asText()).isEqualTo("japan");
            Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> liveClients() >= 2);

            harness.publish(List.of(SECOND_LIVE_ARTICLE));
            JsonNode update = korea.next("update");
            while (!update.path("event").path("startDay").asText().equals("2026-05-09")) {
                update = korea.next("update");
            }
            assertThat(update.path("entityKey").asText()).isEqualTo("north korea");
            assertThat(update.path("change").asText()).isEqualTo("ADDED");
            assertThat(update.path("event").path("type").asText()).isEqualTo("MISSILE_LAUNCH");
            assertThat(update.path("event").path("sources").get(0).path("dateText").asText()).isEqualTo("May 9, 2026");
            harness.awaitCaughtUp();
            assertThat(japan.received("update")).as("Japan's stream carries no Korean news").isEmpty();
        } finally {
            korea.close();
            japan.close();
        }
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> liveClients() == 0);
    }

    @Test
    @Order(10)
    void everyInstanceShowsEveryInstanceAndStreamsEveryEntity() throws Exception {
        var second = WebHarness.startApp(harness.kafka.bootstrapServers(), dir.resolve("state-2"), Map.of(WebView.HEARTBEAT_MS, "500"));
        boolean stopped = false;
        try {
            Awaitility.await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> {
                JsonNode ops = JSON.readTree(get("/ops").body());
                return ops.path("instances").size() == 2
                        && ops.path("instances").findValuesAsText("state").stream().allMatch("RUNNING"::equals)
                        && ops.path("instances").get(0).path("activeTasks").size() > 0
                        && ops.path("instances").get(1).path("activeTasks").size() > 0;
            });
            JsonNode ops = JSON.readTree(get("/ops").body());
            JsonNode other = ops.path("instances").get(1);
            assertThat(other.path("host").asText()).isEqualTo("localhost:" + second.httpPort());
            assertThat(other.path("self").asBoolean()).isFalse();
            List<String> tasks = new ArrayList<>();
            ops.path("instances").forEach(i -> i.path("activeTasks").forEach(t -> tasks.add(t.asText())));
            assertThat(tasks).as("the two instances split the tasks").hasSize(12).doesNotHaveDuplicates();

            // the second instance's feed reads every partition, whichever instance owns the entity
            EventStream stream = EventStream.open("http://localhost:" + second.httpPort() + "/updates?entity=" + enc("North Korea"));
            try {
                stream.next("ready");
                harness.publish(List.of(LIVE_ARTICLE.replace("web-it-live-1", "web-it-live-3").replace("March 14, 2026", "July 2, 2026")
                        .replace("2026-03-16T09:00:00Z", "2026-07-03T09:00:00Z")));
                JsonNode update = stream.next("update");
                while (!update.path("event").path("startDay").asText().equals("2026-07-02")) {
                    update = stream.next("update");
                }
                assertThat(update.path("entity").path("name").asText()).isEqualTo("North Korea");

                // an instance that stops says goodbye and ends its streams (browsers reconnect elsewhere or later)
                second.close();
                stopped = true;
                assertThat(stream.next("bye").isObject()).isTrue();
                Awaitility.await().atMost(Duration.ofSeconds(10)).until(stream::ended);
            } finally {
                stream.close();
            }
        } finally {
            if (!stopped) {
                second.close();
            }
        }
    }

    // ---------- helpers ----------

    private static WebDriver driver() {
        assumeTrue(browser != null, () -> "browser tests skipped: " + Browser.unavailable().orElse("?"));
        return browser.driver;
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(30));
    }

    private static WebElement waitFor(By by) {
        return wait(browser.driver).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    private static String text(By by) {
        return browser.driver.findElement(by).getText();
    }

    /** Waits until the event table has {@code count} rows and returns their event ids. */
    private static List<String> waitForRows(int count) {
        WebDriver d = browser.driver;
        // settled: the timeline fetched after the live stream said 'ready' is drawn, so no redraw is pending
        wait(d).until(x -> rows("id").size() == count && !"true".equals(x.findElement(By.id("view")).getAttribute("aria-busy"))
                && "true".equals(((JavascriptExecutor) x).executeScript("return document.body.dataset.synced")));
        return rows("id");
    }

    /** One data attribute of every row of the event table, read in one go (rows are redrawn on updates). */
    @SuppressWarnings("unchecked")
    private static List<String> rows(String attribute) {
        return (List<String>) ((JavascriptExecutor) browser.driver).executeScript(
                "return [...document.querySelectorAll('#event-rows tr')].map(r => r.dataset[arguments[0]]);", attribute);
    }

    private static List<String> idsOf(JsonNode timeline) {
        List<String> ids = new ArrayList<>();
        timeline.path("events").forEach(e -> ids.add(e.path("id").asText()));
        return ids;
    }

    /** The event with most sources (the earliest of those). */
    private static JsonNode mostSourced(JsonNode timeline) {
        JsonNode best = null;
        for (JsonNode e : timeline.path("events")) {
            if (best == null || e.path("sourceCount").asInt() > best.path("sourceCount").asInt()) {
                best = e;
            }
        }
        assertThat(best).as("an event of %s", timeline.path("entity")).isNotNull();
        return best;
    }

    /** The timeline's event types, most frequent first (then by name). */
    private static List<String> typesByFrequency(JsonNode timeline) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        timeline.path("events").forEach(e -> counts.merge(e.path("type").asText(), 1, Integer::sum));
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static JsonNode eventById(JsonNode timeline, String id) {
        for (JsonNode e : timeline.path("events")) {
            if (e.path("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no event " + id);
    }

    private static int liveClients() throws Exception {
        return JSON.readTree(get("/ops?local=true").body()).path("liveClients").asInt();
    }

    private static JsonNode api(String path) throws Exception {
        HttpResponse<String> r = get(path);
        assertThat(r.statusCode()).as("GET %s: %s", path, r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(harness.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A server-sent-event client: a thread reads frames into a queue until closed. */
    private static final class EventStream implements AutoCloseable {

        record Frame(String event, JsonNode data) {
        }

        private final InputStream body;
        private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
        private final List<Frame> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean ended;

        private EventStream(InputStream body) {
            this.body = body;
            Thread t = new Thread(this::read, "test-sse-reader");
            t.setDaemon(true);
            t.start();
        }

        static EventStream open(String url) throws IOException, InterruptedException {
            HttpResponse<InputStream> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            return new EventStream(r.body());
        }

        private void read() {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String event = "message";
                StringBuilder data = new StringBuilder();
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.isEmpty()) {
                        if (data.length() > 0) {
                            Frame f = new Frame(event, JSON.readTree(data.toString()));
                            seen.add(f);
                            frames.add(f);
                        }
                        event = "message";
                        data.setLength(0);
                    } else if (line.startsWith("event: ")) {
                        event = line.substring(7);
                    } else if (line.startsWith("data: ")) {
                        data.append(line.substring(6));
                    }
                }
            } catch (IOException e) {
                // closed by the test
            } finally {
                ended = true;
            }
        }

        JsonNode next(String event) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (System.nanoTime() < deadline) {
                Frame f = frames.poll(1, TimeUnit.SECONDS);
                if (f != null && f.event().equals(event)) {
                    return f.data();
                }
            }
            throw new AssertionError("no '" + event + "' event within 90 s; saw " + seen);
        }

        boolean ended() {
            return ended;
        }

        List<JsonNode> received(String event) {
            return seen.stream().filter(f -> f.event().equals(event)).map(Frame::data).toList();
        }

        @Override
        public void close() throws IOException {
            body.close();
        }
    }
}
