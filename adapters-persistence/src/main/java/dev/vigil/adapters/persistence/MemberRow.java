package dev.vigil.adapters.persistence;

/** A row of a table that lists which systems something concerns ({@code incident_systems}, {@code maintenance_systems}). */
public record MemberRow(long ownerId, long systemId) {
}
