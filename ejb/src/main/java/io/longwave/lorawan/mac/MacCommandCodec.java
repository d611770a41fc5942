package io.longwave.lorawan.mac;

import io.longwave.lorawan.Direction;

import io.longwave.lorawan.LorawanException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Encodes MAC command lists to the bytes of FOpts or an FPort-0 FRMPayload, and parses them back.
 *
 * <p>Parsing never throws for bad content: it returns what it understood plus a {@link ParseStop} and
 * offset, because the Network Server must still answer the commands before the problem (the spec tells the
 * receiver to ignore the rest of the buffer after an unknown CID). A truncated or reserved-value command is
 * treated the same way. Callers who want all-or-nothing use {@link ParsedMacCommands#requireComplete()}.
 * Length limits of the container (15 bytes of FOpts) are the frame codec's business, not checked here.
 */
public final class MacCommandCodec {

    private MacCommandCodec() {
    }

    /** CID byte followed by the payload of every command, in order; all commands must travel in {@code direction}. */
    public static byte[] encode(List<? extends MacCommand> commands, Direction direction) throws LorawanException {
        if (commands == null || direction == null) {
            throw new LorawanException(LorawanException.Reason.BAD_MAC_COMMAND, "command list and direction are required");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < commands.size(); i++) {
            MacCommand command = commands.get(i);
            if (command == null) {
                throw new LorawanException(LorawanException.Reason.BAD_MAC_COMMAND, "command " + i + " is null");
            }
            if (command.direction() != direction) {
                throw new LorawanException(LorawanException.Reason.BAD_MAC_COMMAND, "command " + i + " ("
                        + command.type() + ") is " + command.direction() + ", list is " + direction);
            }
            out.write(command.cid());
            out.writeBytes(command.payload());
        }
        return out.toByteArray();
    }

    /** Parses as many commands as can be understood; throws only when {@code data} or {@code direction} is null. */
    public static ParsedMacCommands parse(byte[] data, Direction direction) throws LorawanException {
        if (data == null || direction == null) {
            throw new LorawanException(LorawanException.Reason.BAD_MAC_COMMAND, "data and direction are required");
        }
        List<MacCommand> commands = new ArrayList<>();
        int offset = 0;
        while (offset < data.length) {
            int cid = data[offset] & 0xFF;
            Optional<MacCommandType> type = MacCommandType.find(cid, direction);
            if (type.isEmpty()) {
                ParseStop stop = cid >= MacCommandType.FIRST_PROPRIETARY_CID
                        ? ParseStop.PROPRIETARY_CID : ParseStop.UNKNOWN_CID;
                return stopped(commands, stop, offset, "CID 0x" + hex(cid) + " is not a known " + direction
                        + " command");
            }
            int end = offset + 1 + type.get().payloadLength();
            if (end > data.length) {
                return stopped(commands, ParseStop.TRUNCATED, offset, type.get() + " needs "
                        + type.get().payloadLength() + " payload bytes, " + (data.length - offset - 1) + " left");
            }
            try {
                commands.add(type.get().decoder().decode(new PayloadReader(data, offset + 1)));
            } catch (LorawanException e) {
                return stopped(commands, ParseStop.INVALID_FIELD, offset, e.getMessage());
            }
            offset = end;
        }
        return new ParsedMacCommands(commands, ParseStop.COMPLETE, offset, "complete");
    }

    private static ParsedMacCommands stopped(List<MacCommand> commands, ParseStop stop, int offset, String why) {
        return new ParsedMacCommands(commands, stop, offset, "MAC commands stopped at offset " + offset + ": " + why);
    }

    private static String hex(int cid) {
        return HexFormat.of().withUpperCase().toHexDigits((byte) cid);
    }
}
