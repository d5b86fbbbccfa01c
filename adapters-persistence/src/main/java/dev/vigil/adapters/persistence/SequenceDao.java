package dev.vigil.adapters.persistence;

import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Id sequences that never hand out a number twice, even after the row that had it is deleted. */
public interface SequenceDao {
    @SqlQuery("UPDATE id_sequence SET value = value + 1 WHERE name = :name RETURNING value")
    long next(String name);

    @SqlUpdate("UPDATE id_sequence SET value = MAX(value, :id) WHERE name = :name")
    void atLeast(String name, long id);
}
