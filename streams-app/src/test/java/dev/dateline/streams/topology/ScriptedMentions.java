package dev.dateline.streams.topology;

import dev.dateline.schema.ArticleEvent;
import dev.dateline.schema.Entity;
import dev.dateline.schema.EventMention;
import dev.dateline.schema.Granularity;
import dev.dateline.schema.Modality;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mention source for topology tests: each body line {@code TYPE date actor,actor @place [modality]}
 * is one mention, so the tests control dates, actors and places exactly and exercise merging rather
 * than extraction. Dates: {@code 2018}, {@code 2018-06}, {@code 2018-06-12}.
 */
final class ScriptedMentions implements MentionSource {

    @Override
    public List<EventMention> mentionsOf(ArticleEvent article) {
        List<EventMention> out = new ArrayList<>();
        int offset = 0;
        int ordinal = 0;
        for (String line : article.getBody().split("\n", -1)) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty()) {
                out.add(parse(article, trimmed, ordinal++, offset, offset + line.length()));
            }
            offset += line.length() + 1;
        }
        return out;
    }

    private static EventMention parse(ArticleEvent article, String line, int ordinal, int start, int end) {
        String[] parts = line.split(" ");
        String type = parts[0];
        String date = parts[1];
        List<Entity> actors = new ArrayList<>();
        Entity place = null;
        Modality modality = Modality.ASSERTED;
        for (String p : Arrays.copyOfRange(parts, 2, parts.length)) {
            if (p.startsWith("@")) {
                place = new Entity(p.substring(1).replace('_', ' '), "PLACE");
            } else if (p.equals(p.toUpperCase()) && p.length() > 3) {
                modality = Modality.valueOf(p);
            } else {
                for (String a : p.split(",")) {
                    actors.add(new Entity(a.replace('_', ' '), "PERSON"));
                }
            }
        }
        Granularity g;
        LocalDate from;
        LocalDate to;
        if (date.length() == 4) {
            g = Granularity.YEAR;
            from = LocalDate.of(Integer.parseInt(date), 1, 1);
            to = LocalDate.of(Integer.parseInt(date), 12, 31);
        } else if (date.length() == 7) {
            g = Granularity.MONTH;
            YearMonth ym = YearMonth.parse(date);
            from = ym.atDay(1);
            to = ym.atEndOfMonth();
        } else {
            g = Granularity.DAY;
            from = LocalDate.parse(date);
            to = from;
        }
        return EventMention.newBuilder()
                .setMentionKey(article.getId() + "#" + ordinal)
                .setArticleId(article.getId())
                .setUrl(article.getUrl()).setSource(article.getSource()).setArticleTitle(article.getTitle())
                .setPublished(article.getPublished())
                .setDate(date).setGranularity(g).setStartDay(from).setEndDay(to)
                .setDateText(date).setType(type)
                .setTitle(type.charAt(0) + type.substring(1).toLowerCase() + " " + String.join(" and ", actors.stream().map(Entity::getName).toList()))
                .setActors(actors).setLocation(place)
                .setEvidence(line).setEvidenceStart(start).setEvidenceEnd(end)
                .setConfidence(0.6).setModality(modality)
                .build();
    }
}
