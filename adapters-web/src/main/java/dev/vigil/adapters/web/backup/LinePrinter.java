package dev.vigil.adapters.web.backup;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import java.io.IOException;

/** Lays a backup document out with each top-level field, and each entity of a section, on a line of its own. */
final class LinePrinter implements PrettyPrinter {
    private int depth;

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        // one root value only
    }

    @Override
    public void writeStartObject(JsonGenerator g) throws IOException {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        depth--;
        g.writeRaw(depth == 0 ? "\n}\n" : "}");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 1 ? ",\n" : ",");
    }

    @Override
    public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(':');
    }

    @Override
    public void writeStartArray(JsonGenerator g) throws IOException {
        g.writeRaw('[');
        depth++;
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        depth--;
        g.writeRaw(depth == 1 && values > 0 ? "\n]" : "]");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth == 2 ? ",\n" : ",");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth == 2) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth == 1) {
            g.writeRaw('\n');
        }
    }
}
