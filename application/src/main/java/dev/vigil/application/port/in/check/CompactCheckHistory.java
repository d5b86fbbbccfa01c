package dev.vigil.application.port.in.check;

/**
 * Rolls finished hours of raw results up into hourly rows and finished days into daily rows, then deletes raw
 * results and hourly rows past their retention. Returns the rows deleted.
 */
public interface CompactCheckHistory {
    long compact();
}
