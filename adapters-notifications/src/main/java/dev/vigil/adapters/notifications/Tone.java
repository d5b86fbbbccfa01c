package dev.vigil.adapters.notifications;

import java.util.Locale;

/** How a message should look at a glance: each format turns it into its own colour. */
enum Tone {
    GOOD(0x57F287, "Good"),
    WARNING(0xFEE75C, "Warning"),
    DANGER(0xED4245, "Attention"),
    MAINTENANCE(0x5865F2, "Accent"),
    INFO(0x99AAB5, "Default");

    private final int rgb;
    private final String teamsColor;

    Tone(int rgb, String teamsColor) {
        this.rgb = rgb;
        this.teamsColor = teamsColor;
    }

    /** The name generic webhooks receive as {@code severity}. */
    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The colour as an RGB integer (Discord embeds). */
    int rgb() {
        return rgb;
    }

    /** The Adaptive Card text colour name (Teams). */
    String teamsColor() {
        return teamsColor;
    }
}
