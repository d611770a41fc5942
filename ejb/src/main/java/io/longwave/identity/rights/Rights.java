package io.longwave.identity.rights;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Conversions of right sets to and from their stored and JSON forms, and set arithmetic over expansions. */
public final class Rights {

    private Rights() {
    }

    public static Set<Right> none() {
        return EnumSet.noneOf(Right.class);
    }

    public static Set<Right> of(Collection<String> names) {
        Set<Right> out = none();
        names.forEach(n -> out.add(Right.parse(n)));
        return out;
    }

    /** The stored form: space-separated names, in declaration order. */
    public static String store(Set<Right> rights) {
        return rights.stream().sorted().map(Enum::name).collect(Collectors.joining(" "));
    }

    public static Set<Right> load(String stored) {
        if (stored == null || stored.isBlank()) {
            return none();
        }
        return of(Arrays.asList(stored.trim().split("\\s+")));
    }

    /** What both sides allow, after resolving aggregates. */
    public static Set<Right> intersect(Set<Right> a, Set<Right> b) {
        Set<Right> out = none();
        out.addAll(Right.expand(a));
        out.retainAll(Right.expand(b));
        return out;
    }

    /** True when {@code held} covers every right in {@code wanted} (aggregates resolved). */
    public static boolean covers(Set<Right> held, Set<Right> wanted) {
        return Right.expand(held).containsAll(Right.expand(wanted));
    }

    /** Everything the group's {@code *_ALL} right stands for. */
    public static Set<Right> allOf(Right.Group group) {
        return Right.expand(EnumSet.of(group.all()));
    }
}
