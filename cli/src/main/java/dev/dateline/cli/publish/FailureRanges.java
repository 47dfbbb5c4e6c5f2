package dev.dateline.cli.publish;

import dev.dateline.producer.Origin;
import dev.dateline.producer.PublishReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The records that were not acknowledged, in as few lines as still say exactly which: records on
 * consecutive lines of one input that failed for the same reason are one range
 * ({@code in.jsonl:1001-1500}).
 */
public final class FailureRanges {

    private FailureRanges() {
    }

    public static List<String> describe(List<PublishReport.Failure> failures) {
        List<PublishReport.Failure> sorted = new ArrayList<>(failures);
        sorted.sort(Comparator.comparing((PublishReport.Failure f) -> f.origin().input())
                .thenComparingLong(f -> f.origin().line()));
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < sorted.size()) {
            PublishReport.Failure first = sorted.get(i);
            int j = i + 1;
            while (j < sorted.size() && sorted.get(j).origin().input().equals(first.origin().input())
                    && sorted.get(j).origin().line() == sorted.get(j - 1).origin().line() + 1
                    && sorted.get(j).reason().equals(first.reason())) {
                j++;
            }
            int count = j - i;
            if (count == 1) {
                out.add(first.message());
            } else {
                Origin last = sorted.get(j - 1).origin();
                out.add(first.origin() + "-" + last.line() + ": " + count + " articles (every line) not acknowledged: "
                        + first.reason());
            }
            i = j;
        }
        return out;
    }
}
