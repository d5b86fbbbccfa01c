package dev.vigil.bootstrap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Command-line flags of one verb: {@code --name value} or {@code --name=value}; repeated flags keep every value. */
final class Flags {
    private final Map<String, List<String>> values;

    private Flags(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses {@code args}, accepting only the flags named in {@code known}; {@code switches} take no value. */
    static Flags parse(List<String> args, Set<String> known, Set<String> switches) {
        Map<String, List<String>> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            if (!known.contains(name) && !switches.contains(name)) {
                throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
            if (switches.contains(name)) {
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                value = args.get(++i);
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new Flags(values);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The last value of each flag. */
    Map<String, String> last() {
        Map<String, String> last = new HashMap<>();
        values.forEach((k, v) -> last.put(k, v.get(v.size() - 1)));
        return last;
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }
}
