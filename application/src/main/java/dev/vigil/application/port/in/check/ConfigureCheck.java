package dev.vigil.application.port.in.check;

/**
 * Gives a dependency a check, or replaces the one it has. A dependency nobody has given a status waits in
 * {@code unknown} for the first result.
 */
public interface ConfigureCheck {
    ConfiguredCheck configure(ConfigureCheckCommand command);
}
