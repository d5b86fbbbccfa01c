package dev.vigil.adapters.web.metrics;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The Prometheus text exposition format (version 0.0.4): a family's {@code # HELP} and {@code # TYPE} lines, then all
 * of its samples, then the next family; label values and help texts escaped as the format says.
 */
final class PrometheusText {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final StringBuilder out = new StringBuilder(8192);
    private final Set<String> families = new HashSet<>();
    private String family;

    /** Starts a family; each name once. */
    PrometheusText family(String name, String type, String help) {
        if (!families.add(name)) {
            throw new IllegalStateException("metric family " + name + " was already written");
        }
        family = name;
        out.append("# HELP ").append(name).append(' ').append(help.replace("\\", "\\\\").replace("\n", "\\n"))
                .append('\n');
        out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        return this;
    }

    /** A sample of the current family; {@code labels} alternate names and values. */
    PrometheusText sample(double value, String... labels) {
        if (labels.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name and value pairs");
        }
        out.append(family);
        if (labels.length > 0) {
            out.append('{');
            for (int i = 0; i < labels.length; i += 2) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(labels[i]).append("=\"").append(escape(labels[i + 1])).append('"');
            }
            out.append('}');
        }
        out.append(' ').append(number(value)).append('\n');
        return this;
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value);
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
