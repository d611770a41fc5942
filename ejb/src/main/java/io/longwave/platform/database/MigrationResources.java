package io.longwave.platform.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Hands Flyway the migration scripts named in {@code db/migration/migrations.list}. Flyway's own
 * class-path scanning cannot list directories inside Liberty's archives, so the list is explicit
 * (a unit test keeps it equal to the files present).
 */
final class MigrationResources implements ResourceProvider {

    static final String DIRECTORY = "db/migration/";
    static final String INDEX = DIRECTORY + "migrations.list";

    private final ClassLoader loader;
    private final List<String> names;

    MigrationResources(ClassLoader loader) {
        this.loader = loader;
        this.names = readIndex(loader);
    }

    static List<String> readIndex(ClassLoader loader) {
        String text = read(loader, INDEX);
        List<String> result = new ArrayList<>();
        for (String line : text.split("\n")) {
            String name = line.trim();
            if (!name.isEmpty() && !name.startsWith("#")) {
                result.add(name);
            }
        }
        return result;
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        String file = name.startsWith(DIRECTORY) ? name.substring(DIRECTORY.length()) : name;
        return names.contains(file) ? new Script(file) : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        List<LoadableResource> result = new ArrayList<>();
        for (String name : names) {
            if (name.startsWith(prefix) && Arrays.stream(suffixes).anyMatch(name::endsWith)) {
                result.add(new Script(name));
            }
        }
        return result;
    }

    private final class Script extends LoadableResource {
        private final String name;

        Script(String name) {
            this.name = name;
        }

        @Override
        public Reader read() {
            return new StringReader(MigrationResources.read(loader, DIRECTORY + name));
        }

        @Override
        public String getAbsolutePath() {
            return DIRECTORY + name;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return DIRECTORY + name;
        }

        @Override
        public String getFilename() {
            return name;
        }

        @Override
        public String getRelativePath() {
            return name;
        }
    }
}
