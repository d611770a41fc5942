package io.longwave.platform.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MigrationResourcesTest {

    @Test
    void indexListsExactlyTheScriptsPresent() throws IOException {
        List<String> listed = MigrationResources.readIndex(getClass().getClassLoader()).stream().sorted().toList();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            List<String> present = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
            assertEquals(present, listed, "db/migration/migrations.list must name every .sql file");
        }
    }

    @Test
    void providerServesVersionedScriptsByPrefixAndSuffix() throws IOException {
        MigrationResources resources = new MigrationResources(getClass().getClassLoader());
        var scripts = resources.getResources("V", new String[] {".sql"});
        assertEquals(MigrationResources.readIndex(getClass().getClassLoader()).size(), scripts.size());
        var first = resources.getResource("V1__platform.sql");
        assertNotNull(first);
        try (var reader = first.read()) {
            assertEquals('-', (char) reader.read());
        }
        assertEquals(0, resources.getResources("R", new String[] {".sql"}).size());
    }
}
