package io.longwave.cli.api;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code .lw/} of {@code ./lw up} is: the working directory when it has one (./lw runs the CLI
 * from the repository root), else the checkout the jar was built in ({@code <root>/cli/target/longwave-cli.jar}).
 */
final class RepositoryRoot {

    private RepositoryRoot() {
    }

    static Path locate() {
        Path cwd = Path.of("").toAbsolutePath();
        if (Files.isDirectory(cwd.resolve(".lw"))) {
            return cwd;
        }
        try {
            Path jar = Path.of(RepositoryRoot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path root = jar.getParent() == null || jar.getParent().getParent() == null ? null : jar.getParent().getParent().getParent();
            if (root != null && Files.isDirectory(root.resolve(".lw"))) {
                return root;
            }
        } catch (URISyntaxException | RuntimeException e) {
            // No code source location (unusual class loaders): the working directory it is.
        }
        return cwd;
    }
}
