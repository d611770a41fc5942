package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.longwave.lorawan.LorawanException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeded property tests: random valid lists round-trip, random bytes and random field values never escape. */
class MacCommandRandomTest {

    private static final int ITERATIONS = 5_000;

    @ParameterizedTest
    @EnumSource(Direction.class)
    void randomListsRoundTrip(Direction direction) throws LorawanException {
        RandomMacCommands random = new RandomMacCommands(0x10AA_0000L + direction.ordinal());
        for (int i = 0; i < ITERATIONS; i++) {
            List<MacCommand> commands = random.list(direction, 12);
            byte[] bytes = MacCommandCodec.encode(commands, direction);
            int expectedLength = commands.stream().mapToInt(c -> 1 + c.type().payloadLength()).sum();
            assertEquals(expectedLength, bytes.length);
            ParsedMacCommands parsed = MacCommandCodec.parse(bytes, direction);
            assertEquals(commands, parsed.requireComplete());
            assertEquals(bytes.length, parsed.stopOffset());
        }
    }

    @ParameterizedTest
    @EnumSource(Direction.class)
    void randomBytesStopCleanly(Direction direction) throws LorawanException {
        Random random = new Random(0xF022_0000L + direction.ordinal());
        RandomMacCommands noise = new RandomMacCommands(0xF022_1000L + direction.ordinal());
        Set<ParseStop> seen = EnumSet.noneOf(ParseStop.class);
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] data = noise.bytes(24);
            // Bias half the bytes towards defined CIDs so parsing gets past the first byte often.
            for (int j = 0; j < data.length; j++) {
                if (random.nextBoolean()) {
                    data[j] = (byte) random.nextInt(0x22);
                }
            }
            seen.add(checkParse(data, direction));
        }
        // Guards against the generator drifting so far that some stop reason is never exercised.
        assertEquals(EnumSet.allOf(ParseStop.class), seen);
    }

    private static ParseStop checkParse(byte[] data, Direction direction) throws LorawanException {
        ParsedMacCommands parsed;
        try {
            parsed = MacCommandCodec.parse(data, direction);
        } catch (RuntimeException e) {
            throw new AssertionError("parse escaped with " + e + " on " + hex(data), e);
        }
        int stop = parsed.stopOffset();
        assertTrue(stop >= 0 && stop <= data.length);
        assertEquals(stop == data.length, parsed.complete(), parsed.detail());
        // What was understood re-encodes to exactly the understood prefix length and parses back the same.
        byte[] again = MacCommandCodec.encode(parsed.commands(), direction);
        assertEquals(stop, again.length, hex(data));
        assertEquals(parsed.commands(), MacCommandCodec.parse(again, direction).requireComplete());
        if (!parsed.complete()) {
            int cid = data[stop] & 0xFF;
            switch (parsed.stop()) {
                case UNKNOWN_CID -> assertTrue(cid < 0x80 && MacCommandType.find(cid, direction).isEmpty());
                case PROPRIETARY_CID -> assertTrue(cid >= 0x80);
                case TRUNCATED -> assertTrue(
                        stop + 1 + MacCommandType.find(cid, direction).orElseThrow().payloadLength() > data.length);
                case INVALID_FIELD -> assertTrue(MacCommandType.find(cid, direction).isPresent());
                case COMPLETE -> fail("complete but stopped early");
            }
        }
        return parsed.stop();
    }

    /** Records filled with arbitrary numbers, mostly out of range: encode either succeeds or says BAD_FIELD. */
    @ParameterizedTest
    @EnumSource(Direction.class)
    void randomFieldValuesOnlyRaiseTypedException(Direction direction) throws ReflectiveOperationException {
        Random random = new Random(0xF1E1_D000L + direction.ordinal());
        List<Class<?>> records = Arrays.stream(MacCommand.class.getPermittedSubclasses()).toList();
        int refused = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            MacCommand command = randomRecord(records.get(random.nextInt(records.size())), random);
            try {
                byte[] bytes = MacCommandCodec.encode(List.of(command), command.direction());
                assertEquals(List.of(command), MacCommandCodec.parse(bytes, command.direction()).requireComplete());
            } catch (LorawanException e) {
                assertEquals(LorawanException.Reason.BAD_FIELD, e.reason(), e.getMessage());
                refused++;
            }
        }
        assertTrue(refused > 0);
    }

    private static MacCommand randomRecord(Class<?> type, Random random) throws ReflectiveOperationException {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = randomValue(parameterTypes[i], random);
        }
        Constructor<?> constructor = type.getDeclaredConstructor(parameterTypes);
        try {
            return (MacCommand) constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            throw new AssertionError("record constructor threw", e.getCause());
        }
    }

    private static Object randomValue(Class<?> type, Random random) {
        if (type == boolean.class) {
            return random.nextBoolean();
        }
        // Small values hit the valid ranges, the rest probe both ends and far outside them.
        long value = switch (random.nextInt(4)) {
            case 0 -> random.nextInt(20) - 2;
            case 1 -> random.nextInt(300);
            case 2 -> random.nextInt(0x20000) * 100L;
            default -> random.nextLong();
        };
        return type == long.class ? (Object) value : (Object) (int) value;
    }

    private static String hex(byte[] data) {
        return java.util.HexFormat.of().formatHex(data);
    }
}
