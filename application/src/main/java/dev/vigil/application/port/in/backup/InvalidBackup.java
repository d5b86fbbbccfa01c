package dev.vigil.application.port.in.backup;

import java.util.List;

/** A backup document that cannot be loaded as it is; {@link #problems()} lists every problem found. Nothing changed. */
public final class InvalidBackup extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    /** How many problems are listed at most. */
    public static final int MAX_PROBLEMS = 100;

    private final List<String> problems;

    public InvalidBackup(List<String> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
    }

    public List<String> problems() {
        return problems;
    }

    private static String summary(List<String> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid backup has at least one problem");
        }
        return problems.size() == 1 ? "invalid backup: " + problems.get(0)
                : "invalid backup: " + problems.size() + " problems, the first: " + problems.get(0);
    }
}
