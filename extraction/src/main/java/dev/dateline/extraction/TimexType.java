package dev.dateline.extraction;

/** TIMEX3 types. Only DATE (and TIME, reduced to its day) can date an event. */
public enum TimexType { DATE, TIME, DURATION, SET }
