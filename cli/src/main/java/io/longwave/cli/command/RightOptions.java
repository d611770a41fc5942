package io.longwave.cli.command;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one {@code --right-...} flag per entry of {@link Rights#NAMES} to a command
 * ({@code @Command(modelTransformer = RightOptions.class)}), and reads back which were given.
 */
public final class RightOptions implements IModelTransformer {

    @Override
    public CommandSpec transform(CommandSpec spec) {
        // picocli applies transformers again when a command tree is assembled: add the flags once.
        if (spec.findOption(Rights.flag(Rights.NAMES.get(0))) != null) {
            return spec;
        }
        for (String right : Rights.NAMES) {
            spec.addOption(OptionSpec.builder(Rights.flag(right))
                    .arity("0")
                    .type(boolean.class)
                    .initialValue(false)
                    .description("Grant " + right + ".")
                    .build());
        }
        return spec;
    }

    /** The rights whose flags were given, in the order of {@link Rights#NAMES}. */
    public static List<String> selected(CommandSpec spec) {
        List<String> rights = new ArrayList<>();
        for (String right : Rights.NAMES) {
            OptionSpec option = spec.findOption(Rights.flag(right));
            if (option != null && Boolean.TRUE.equals(option.getValue())) {
                rights.add(right);
            }
        }
        return rights;
    }
}
