package dev.dateline.bench.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic 2-8 KB news articles for the extraction benchmarks, assembled deterministically from
 * sentence templates written for this project (no corpus text).
 */
public final class BenchArticles {

    private BenchArticles() {
    }

    private static final String[] ACTORS = {"North Korea", "South Korea", "Japan", "the United States", "China",
            "Kim Jong-un", "President Amara Okafor", "NASA", "SpaceX", "the European Union", "Russia",
            "Prime Minister Lena Hartmann", "Brightwater Holdings", "the United Nations", "Pyongyang", "Seoul"};
    private static final String[] PLACES = {"Singapore", "Hanoi", "Geneva", "Tokyo", "the Yellow Sea", "Brussels",
            "Cape Canaveral", "Nairobi", "Jakarta", "Lisbon"};
    private static final String[] DATES = {"on Monday", "last month", "on Oct. 9, 2006", "in 2018",
            "the following year", "two years ago", "earlier this month", "in September", "on 14 March 2021",
            "in the second quarter", "early next year", "in mid-2019", "yesterday", "a day later", "in the 1990s",
            "on Christmas Day", "last week", "in the spring of 2019", "three days later", "next week"};
    private static final String[] TEMPLATES = {
            "%s launched a long-range missile %s, the defence ministry said.",
            "%s conducted a nuclear test %s, drawing condemnation from neighbours.",
            "Officials said %s met counterparts in %s %s to discuss the dispute.",
            "%s signed a trade agreement with %s %s after months of talks.",
            "Shares of %s fell 4.2%% %s as investors weighed the outlook for 5,000 jobs.",
            "An earthquake of magnitude 6.1 struck near %s %s, killing at least 12 people.",
            "%s announced %s that it would hold joint military drills off %s.",
            "A court in %s sentenced the former chief executive %s to eight years in prison.",
            "Protesters marched through %s %s, demanding the resignation of %s.",
            "If %s wins the election %s, analysts expect the policy to change.",
            "%s did not sign the accord %s, according to two people familiar with the talks.",
            "The agency said %s would launch a weather satellite %s from %s.",
            "State television aired a 04:33 clip of %s, which some called Cold War 2.0.",
            "The Boeing 787 carrying officials from %s landed in %s %s.",
            "%s acquired a 12%% stake in %s %s for about $2.1 billion.",
    };

    /** {@code count} articles of 2 to 8 KB each, the same for the same seed. */
    public static List<String> generate(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int target = 2048 + r.nextInt(6 * 1024);
            StringBuilder b = new StringBuilder();
            while (b.length() < target) {
                String t = TEMPLATES[r.nextInt(TEMPLATES.length)];
                int slots = t.split("%s", -1).length - 1;
                Object[] args = new Object[slots];
                for (int k = 0; k < slots; k++) {
                    args[k] = switch (k % 3) {
                        case 0 -> ACTORS[r.nextInt(ACTORS.length)];
                        case 1 -> r.nextBoolean() ? DATES[r.nextInt(DATES.length)] : PLACES[r.nextInt(PLACES.length)];
                        default -> DATES[r.nextInt(DATES.length)];
                    };
                }
                String s = String.format(t, args);
                b.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
                b.append(r.nextInt(4) == 0 ? "\n\n" : " ");
            }
            out.add(b.toString().strip());
        }
        return out;
    }
}
