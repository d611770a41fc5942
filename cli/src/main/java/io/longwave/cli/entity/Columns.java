package io.longwave.cli.entity;

import io.longwave.cli.command.EntityKind;
import io.longwave.cli.command.Printer.Column;
import java.util.ArrayList;
import java.util.List;

/** The compact list table of an entity kind: ID (and a gateway's EUI), name, creation time. */
final class Columns {

    private Columns() {
    }

    static List<Column> of(EntityKind kind) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.path("ID", "ids." + kind.idField()));
        if (kind == EntityKind.GATEWAY) {
            columns.add(Column.path("EUI", "ids.eui"));
        }
        columns.add(Column.path("NAME", "name"));
        columns.add(Column.path("CREATED AT", "created_at"));
        return columns;
    }
}
