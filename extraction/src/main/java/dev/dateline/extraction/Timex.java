package dev.dateline.extraction;

/**
 * A time expression found in a text: its surface form, its span (Java String indices, end exclusive),
 * its TIMEX3 type and normalised value ({@code 2006}, {@code 2023-09-13}, {@code P3Y}, {@code PRESENT_REF}).
 */
public record Timex(String text, int start, int end, TimexType type, String value) {
}
