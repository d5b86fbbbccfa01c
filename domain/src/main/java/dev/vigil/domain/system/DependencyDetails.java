package dev.vigil.domain.system;

import dev.vigil.domain.Text;
import java.util.Objects;

/** What people write about a dependency: its name, description and how critical it is to its system. */
public record DependencyDetails(String name, String description, Criticality criticality) {
    public static final int NAME_MAX = 200;
    public static final int DESCRIPTION_MAX = 2000;

    public DependencyDetails {
        name = Text.required(name, "name", NAME_MAX);
        description = Text.multiline(description, "description", DESCRIPTION_MAX);
        Objects.requireNonNull(criticality, "criticality");
    }

    public DependencyDetails withName(String newName) {
        return new DependencyDetails(newName, description, criticality);
    }

    public DependencyDetails withDescription(String newDescription) {
        return new DependencyDetails(name, newDescription, criticality);
    }

    public DependencyDetails withCriticality(Criticality newCriticality) {
        return new DependencyDetails(name, description, newCriticality);
    }
}
