package dev.dateline.cli.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dateline.producer.Origin;
import dev.dateline.producer.PublishReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailureRangesTest {

    private static PublishReport.Failure failure(String input, long line, String reason) {
        return new PublishReport.Failure(new Origin(input, line), "id-" + line, reason);
    }

    @Test
    void consecutiveLinesWithOneReasonAreOneRangeAndTheRestStayExact() {
        List<PublishReport.Failure> failures = new ArrayList<>();
        for (long line = 12; line >= 10; line--) {
            failures.add(failure("a.jsonl", line, "TimeoutException: expired"));
        }
        failures.add(failure("a.jsonl", 14, "TimeoutException: expired"));
        failures.add(failure("a.jsonl", 15, "RecordTooLargeException: too large"));
        failures.add(failure("b.xml", 7, "TimeoutException: expired"));

        assertThat(FailureRanges.describe(failures)).containsExactly(
                "a.jsonl:10-12: 3 articles (every line) not acknowledged: TimeoutException: expired",
                "a.jsonl:14: article 'id-14' not acknowledged: TimeoutException: expired",
                "a.jsonl:15: article 'id-15' not acknowledged: RecordTooLargeException: too large",
                "b.xml:7: article 'id-7' not acknowledged: TimeoutException: expired");
    }
}
