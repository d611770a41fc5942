package io.longwave.cli.lorawan;

import io.longwave.lorawan.LorawanException;
import io.longwave.lorawan.crypto.AesKey;
import io.longwave.lorawan.crypto.KeyContext;
import io.longwave.lorawan.crypto.KeyDerivation;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Keys and session context shared by decode and encode; every option is optional. */
final class KeyOptions {

    @Option(names = "--app-key", description = "AppKey (join-request/accept MIC and join-accept cipher in 1.0)")
    String appKey;
    @Option(names = "--nwk-key", description = "NwkKey (1.1 root key; also JSIntKey/JSEncKey with the DevEUI)")
    String nwkKey;
    @Option(names = "--app-s-key", description = "AppSKey (FRMPayload with FPort > 0)")
    String appSKey;
    @Option(names = "--nwk-s-key", description = "NwkSKey (1.0 MIC and FPort 0 payload)")
    String nwkSKey;
    @Option(names = "--f-nwk-s-int-key", description = "FNwkSIntKey (1.1 uplink MIC)")
    String fNwkSIntKey;
    @Option(names = "--s-nwk-s-int-key", description = "SNwkSIntKey (1.1 MIC, rejoin type 0/2 MIC)")
    String sNwkSIntKey;
    @Option(names = "--nwk-s-enc-key", description = "NwkSEncKey (1.1 FOpts and FPort 0 payload)")
    String nwkSEncKey;
    @Option(names = "--f-cnt-msb", defaultValue = "0", description = "upper 16 bits of the frame counter")
    int fCntMsb;
    @Option(names = "--conf-f-cnt", defaultValue = "0", description = "1.1 ConfFCnt of an ACK frame")
    int confFCnt;
    @Option(names = "--tx-dr", defaultValue = "0", description = "1.1 uplink MIC: data rate index")
    int txDr;
    @Option(names = "--tx-ch", defaultValue = "0", description = "1.1 uplink MIC: channel index")
    int txCh;
    @Option(names = "--dev-nonce", description = "DevNonce, hex (join-accept MIC 1.1 and key derivation)")
    String devNonce;
    @Option(names = "--join-eui", description = "JoinEUI, hex (join-accept MIC 1.1 and key derivation)")
    String joinEui;
    @Option(names = "--dev-eui", description = "DevEUI, hex (JSIntKey/JSEncKey from --nwk-key)")
    String devEui;
    @Option(names = "--join-req-type", defaultValue = "FF",
            description = "1.1 join-accept MIC: FF answers a join-request, 00/01/02 a rejoin-request")
    String joinReqType;
    @Option(names = "--lorawan-version", defaultValue = "1.0", description = "1.0 or 1.1 (data frame MIC/cipher)")
    String lorawanVersion;

    boolean is11() throws LorawanException {
        if (!lorawanVersion.equals("1.0") && !lorawanVersion.equals("1.1")) {
            throw new LorawanException(LorawanException.Reason.UNSUPPORTED,
                    "--lorawan-version must be 1.0 or 1.1, got " + lorawanVersion);
        }
        return lorawanVersion.equals("1.1");
    }

    int joinReqType() throws LorawanException {
        long type = Hex.number(joinReqType, "--join-req-type");
        if (type != 0xFF && type > 2) {
            throw new LorawanException(LorawanException.Reason.BAD_FIELD, "--join-req-type is FF, 00, 01 or 02");
        }
        return (int) type;
    }

    static Optional<KeyContext> context(String hex) throws LorawanException {
        return hex == null ? Optional.empty() : Optional.of(new KeyContext(AesKey.fromHex(hex)));
    }

    static Optional<AesKey> key(String hex) throws LorawanException {
        return hex == null ? Optional.empty() : Optional.of(AesKey.fromHex(hex));
    }

    /** The key that encrypts and MICs a 1.0-style join-accept: NwkKey when given, else AppKey. */
    Optional<AesKey> joinRootKey() throws LorawanException {
        return nwkKey != null ? key(nwkKey) : key(appKey);
    }

    /** JSIntKey from --nwk-key and the DevEUI (from the frame or --dev-eui). */
    Optional<KeyContext> jsIntKey(Optional<Long> frameDevEui) throws LorawanException {
        Optional<Long> eui = frameDevEui.isPresent() ? frameDevEui : optionalHex(devEui, "--dev-eui");
        if (nwkKey == null || eui.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new KeyContext(KeyDerivation.jsIntKey(AesKey.fromHex(nwkKey), eui.get())));
    }

    static Optional<Long> optionalHex(String hex, String what) throws LorawanException {
        return hex == null ? Optional.empty() : Optional.of(Hex.number(hex, what));
    }
}
