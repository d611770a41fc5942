package io.longwave.cli.lorawan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.longwave.cli.LongwaveCli;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.glassfish.json.JsonProviderImpl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** Runs the commands through picocli on cases of the lora-packet vector file and the ChirpStack 1.1 example. */
class LorawanCommandTest {

    private record Run(int exitCode, String out, String err) {
        JsonObject json() {
            try (JsonReader r = new JsonProviderImpl().createReader(new StringReader(out))) {
                return r.readObject();
            }
        }
    }

    private static Run run(String stdin, String... args) {
        CommandLine cli = new CommandLine(new LongwaveCli());
        if (stdin != null) {
            CommandLine encode = cli.getSubcommands().get("lorawan").getSubcommands().get("encode");
            ((EncodeCommand) encode.getCommand()).input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static String at(JsonObject o, String path) {
        JsonValue v = o;
        for (String part : path.split("\\.")) {
            v = v.asJsonObject().get(part);
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(v);
    }

    @ParameterizedTest(name = "decode {0}")
    @CsvSource({
            "40BBA50AC9A003000102703D64E3, D8CE997F8E58B5F05611114A0D21DD09, B4CD5CF7C4720B79D0CEEB68791F6E40, 0,"
                    + " UNCONFIRMED_DATA_UP, C90AA5BB, 3, 9A",
            "805F373E00006700029B2B2492B9ED208FDF30, 7E27E28E82C2B484A526321D220070D3, 778E442FB5E2485EC8EE2EB03D251B05, 0,"
                    + " CONFIRMED_DATA_UP, 003E375F, 103, EE85C9DA3FD4",
            "409525479E829301020305BE7CA803DF5BD20652D3550DEFD3915E9F311772C2DF29E070, 1AB18F7837AB41C3FB877263C6DFD880,"
                    + " 0A2196D71BDED231BC35788885982B40, 0, UNCONFIRMED_DATA_UP, 9E472595, 403,"
                    + " 2011AE9AF08C044F63C9A6144955AEC3F296FD152E",
            "80F46B75A400F70100D995D24A0470BAA255AD040F269F395F7149A6210025907D0FE4DD42CB0A, DA314E24E8ACCE4E7ACA475E6C523C55,"
                    + " 554F6F572812DB911D6C92DA9D2059C5, 0, CONFIRMED_DATA_UP, A4756BF4, 503,"
                    + " 0E24D9A57441545157658869B45594C9FB5D31A79031B6D690DA",
    })
    void decodesDataFramesWithKeys(String hex, String nwkSKey, String appSKey, int msb, String mType, String devAddr,
                                   int fCnt, String plain) {
        Run r = run(null, "lorawan", "decode", "--hex", hex, "--nwk-s-key", nwkSKey, "--app-s-key", appSKey,
                "--f-cnt-msb", String.valueOf(msb));
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = r.json();
        assertEquals(mType, at(o, "m_hdr.m_type"));
        assertEquals(devAddr, at(o, "mac_payload.f_hdr.dev_addr"));
        assertEquals(String.valueOf(fCnt), at(o, "mac_payload.f_hdr.f_cnt"));
        assertEquals("true", at(o, "mic_valid"));
        assertEquals(plain, at(o, "frm_payload_plain"));
    }

    @ParameterizedTest(name = "MIC with wrong key {0}")
    @CsvSource({"40BBA50AC9A003000102703D64E3, 00000000000000000000000000000000"})
    void reportsInvalidMic(String hex, String key) {
        Run r = run(null, "lorawan", "decode", "--hex", hex, "--nwk-s-key", key);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("false", at(r.json(), "mic_valid"));
        assertFalse(r.json().containsKey("frm_payload_plain"));
    }

    @ParameterizedTest(name = "join-request {0}")
    @CsvSource({
            "00BFE11AE9436E67703B0220C7C6C0F27105EA537187C3, 92763834FE1288C9C1DCBDD3F8F9D1DB, 70676E43E91AE1BF, 71F2C0C6C720023B, EA05",
            "005D16E001A2F076A259A37294082364B47A7F26BB49D6, 3BDA9CDF3C42E4E7A846A735993BCA90, A276F0A201E0165D, B46423089472A359, 7F7A",
    })
    void decodesJoinRequest(String hex, String appKey, String joinEui, String devEui, String devNonce) {
        JsonObject o = run(null, "lorawan", "decode", "--hex", hex, "--app-key", appKey).json();
        assertEquals(joinEui, at(o, "join_request_payload.join_eui"));
        assertEquals(devEui, at(o, "join_request_payload.dev_eui"));
        assertEquals(devNonce, at(o, "join_request_payload.dev_nonce"));
        assertEquals("true", at(o, "mic_valid"));
        JsonObject withoutKey = run(null, "lorawan", "decode", "--hex", hex).json();
        assertFalse(withoutKey.containsKey("mic_valid"));
    }

    @ParameterizedTest(name = "join-accept {0}")
    @CsvSource({
            "20F41948BAE04C281039CE6FAD698F025E2896505C85FFE4C8F5D6CB5993CB61AA, 3BDA9CDF3C42E4E7A846A735993BCA90, 7F7A,"
                    + " 21D9BE1D, 24362C, F934DEF86C780E9C4A69E54654872412, 05148C5C8CA2A1CDD5BFDD4E434A9D4A",
            "20FBB1EB2B2DDBAB7D40E4834FDCF98773, 92763834FE1288C9C1DCBDD3F8F9D1DB, EA05,"
                    + " 65FBE872, C86D7A, A2D039DEFD6F11A9D1ABCD656020A9F9, 09213E63FD936FF44D61709B2ECD65AD",
    })
    void decodesAndReEncodesJoinAccept(String hex, String appKey, String devNonce, String devAddr, String netId,
                                       String nwkSKey, String appSKey) {
        Run r = run(null, "lorawan", "decode", "--hex", hex, "--app-key", appKey, "--dev-nonce", devNonce);
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = r.json();
        assertEquals(devAddr, at(o, "join_accept_payload.dev_addr"));
        assertEquals(netId, at(o, "join_accept_payload.net_id"));
        assertEquals("true", at(o, "mic_valid"));
        assertEquals(nwkSKey, at(o, "session_keys.nwk_s_key"));
        assertEquals(appSKey, at(o, "session_keys.app_s_key"));

        Run back = run(r.out(), "lorawan", "encode", "--stdin", "--app-key", appKey);
        assertEquals(0, back.exitCode(), back.err());
        assertEquals(hex, back.out().trim());
    }

    @ParameterizedTest(name = "encode {1}")
    @CsvSource({
            "40BBA50AC9A003000102703D64E3, UNCONFIRMED_DATA_UP, C90AA5BB, 3, true, true, 1, 9A,"
                    + " D8CE997F8E58B5F05611114A0D21DD09, B4CD5CF7C4720B79D0CEEB68791F6E40",
            "A060384135202F0104FA3A495A3071B247454395F6E05E3EF49624FDDA, CONFIRMED_DATA_DOWN, 35413860, 303, false, true, 4,"
                    + " 93A3B1DE2BE3360283F2892E1A2A1F7F, C327ACE63882989D4993089D1482F80F, 560AD1AAC00EF172B9275B35FA9BC882",
    })
    void encodesDataFramesFromOptions(String expected, String mType, String devAddr, int fCnt, boolean adr, boolean ack,
                                      int fPort, String plain, String nwkSKey, String appSKey) {
        Run r = run(null, "lorawan", "encode", "-f", "m_type=" + mType, "-f", "dev_addr=" + devAddr,
                "-f", "f_cnt=" + fCnt, "-f", "adr=" + adr, "-f", "ack=" + ack, "-f", "f_port=" + fPort,
                "-f", "frm_payload=" + plain, "--nwk-s-key", nwkSKey, "--app-s-key", appSKey);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(expected, r.out().trim());
    }

    /** ChirpStack's LoRaWAN 1.1 downlink example: FOpts LinkCheckAns encrypted with NwkSEncKey (AFCntDown). */
    @ParameterizedTest(name = "1.1 downlink {0}")
    @CsvSource({
            "6004030201030000 22AC0A01F0B468DDAA5ED13A, 01010101010101010101010101010100, 01010101010101010101010101010200,"
                    + " 100f0e0d0c0b0a090807060504030201, 020701, 01020304",
    })
    void decodes11DownlinkWithMacCommands(String hex, String sKey, String encKey, String appSKey, String fOpts,
                                          String plain) {
        Run r = run(null, "lorawan", "decode", "--hex", hex.replace(" ", ""), "--lorawan-version", "1.1",
                "--s-nwk-s-int-key", sKey, "--nwk-s-enc-key", encKey, "--app-s-key", appSKey);
        assertEquals(0, r.exitCode(), r.err());
        JsonObject o = r.json();
        assertEquals("true", at(o, "mic_valid"));
        assertEquals(fOpts, at(o, "f_opts_plain"));
        assertEquals(plain, at(o, "frm_payload_plain"));
        JsonObject command = o.getJsonObject("f_opts_mac_commands").getJsonArray("commands").getJsonObject(0);
        assertEquals("LINK_CHECK_ANS", command.getString("name"));
        assertEquals(7, command.getInt("margin"));
    }

    @ParameterizedTest(name = "error: {0}")
    @CsvSource(delimiter = '|', value = {
            "decode --hex 4012                                      | TOO_SHORT",
            "decode --hex 4ZZ                                       | not hex",
            "decode --hex 40BBA50AC9A003000102703D64E3 --nwk-s-key 00 | BAD_KEY",
            "decode --hex 40BBA50AC9A003000102703D64E3 --nwk-s-key D8CE997F8E58B5F05611114A0D21DD09 --lorawan-version 2 | 1.0 or 1.1",
            "encode -f m_type=NOPE                                  | unknown m_type",
            "encode -f m_type=JOIN_REQUEST -f dev_eui=01            | missing field",
            "encode -f m_type=UNCONFIRMED_DATA_UP -f dev_addr=01 -f f_cnt=1 -f f_port=0 -f f_opts=0203 | FPort is 0",
    })
    void errorsAreOneLineAndNonZero(String args, String message) {
        Run r = run(null, ("lorawan " + args.trim()).split("\\s+"));
        assertTrue(r.exitCode() != 0);
        assertEquals(1, r.err().trim().lines().count(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }
}
