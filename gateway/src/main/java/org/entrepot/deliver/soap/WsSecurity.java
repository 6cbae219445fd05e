package org.entrepot.deliver.soap;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.UnsupportedCallbackException;
import org.apache.cxf.ws.security.SecurityConstants;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.CryptoCoverageUtil;
import org.apache.cxf.ws.security.wss4j.DefaultCryptoCoverageChecker;
import org.apache.cxf.ws.security.wss4j.WSS4JInInterceptor;
import org.apache.cxf.ws.security.wss4j.WSS4JOutInterceptor;
import org.apache.wss4j.common.ConfigurationConstants;
import org.apache.wss4j.common.crypto.Crypto;
import org.apache.wss4j.common.crypto.Merlin;
import org.apache.wss4j.common.ext.WSPasswordCallback;
import org.apache.wss4j.dom.WSConstants;
import org.entrepot.sign.SigningKey;
import org.entrepot.sign.TrustAnchors;

/**
 * The WS-Security profile both our SOAP services use, as WSS4J interceptors: a Timestamp and an
 * XML signature over the Timestamp, the Body and (on requests) the TransmissionID header, made
 * with the sender's key and carrying its certificate (BinarySecurityToken, direct reference),
 * RSA-SHA256 or ECDSA-SHA256 with SHA-256 digests. A receiver requires both, checks the
 * certificate chains to its trust anchors, refuses a Timestamp older than five minutes or from
 * the future, and refuses a signature it has seen before (the replay cache).
 *
 * <p>Keys never leave memory: WSS4J reads them from a keystore built here with a random password.
 */
public final class WsSecurity {

    static final String WSU = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";
    static final String SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/";

    private static final String ACTIONS = ConfigurationConstants.TIMESTAMP + " " + ConfigurationConstants.SIGNATURE;
    static final String ALIAS = "signer";
    private static final String SIGNING_CRYPTO = "entrepot.soap.signing";
    private static final String TRUST_CRYPTO = "entrepot.soap.trust";
    private static final String TIME_TO_LIVE_SECONDS = "300";

    private WsSecurity() {
    }

    /**
     * WSS4J 3 words its refusals from its own message bundle, installed into xmlsec's I18n. But
     * I18n takes only the first bundle it is given in the JVM: when anything initialised xmlsec
     * before WSS4J (XAdES, EU DSS, an AS2 library), the refusals read "No message with ID … found"
     * and lose the words (replay, expired…) their reason code is read from. WSS4J's bundle falls
     * back to xmlsec's own messages, so putting it in place is safe for every other user; xmlsec
     * offers no way to replace a bundle, hence the reflection, done once per JVM.
     */
    private static void refusalMessages() {
        org.apache.wss4j.dom.engine.WSSConfig.init();
        if (REFUSAL_MESSAGES.isInstance(currentMessages())) {
            return;
        }
        synchronized (org.apache.xml.security.utils.I18n.class) {
            try {
                java.lang.reflect.Field bundle = org.apache.xml.security.utils.I18n.class.getDeclaredField("resourceBundle");
                bundle.setAccessible(true);
                bundle.set(null, new org.apache.wss4j.common.crypto.WSS4JResourceBundle());
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the refusals keep their codes from the exception type; only their wording suffers
                org.slf4j.LoggerFactory.getLogger(WsSecurity.class).warn(
                        "WS-Security refusals will read 'No message with ID': {}", e.toString());
            }
        }
    }

    private static final Class<?> REFUSAL_MESSAGES = org.apache.wss4j.common.crypto.WSS4JResourceBundle.class;

    private static Object currentMessages() {
        try {
            java.lang.reflect.Field bundle = org.apache.xml.security.utils.I18n.class.getDeclaredField("resourceBundle");
            bundle.setAccessible(true);
            return bundle.get(null);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Signs every outgoing message with {@code key}.
     *
     * @param request whether the messages are requests, which carry the TransmissionID header
     */
    public static WSS4JOutInterceptor signing(SigningKey key, boolean request) {
        refusalMessages();
        char[] password = randomPassword();
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConfigurationConstants.ACTION, ACTIONS);
        properties.put(ConfigurationConstants.SIGNATURE_USER, ALIAS);
        properties.put(ConfigurationConstants.SIG_PROP_REF_ID, SIGNING_CRYPTO);
        properties.put(SIGNING_CRYPTO, signingCrypto(key, password));
        properties.put(ConfigurationConstants.PW_CALLBACK_REF, new KeyPassword(password));
        properties.put(ConfigurationConstants.SIG_KEY_ID, "DirectReference");
        properties.put(ConfigurationConstants.SIG_ALGO, "EC".equals(key.privateKey().getAlgorithm())
                ? WSConstants.ECDSA_SHA256 : WSConstants.RSA_SHA256);
        properties.put(ConfigurationConstants.SIG_DIGEST_ALGO, WSConstants.SHA256);
        properties.put(ConfigurationConstants.TTL_TIMESTAMP, TIME_TO_LIVE_SECONDS);
        String parts = "{Element}{" + WSU + "}Timestamp;{Element}{" + SOAP11 + "}Body";
        if (request) {
            parts += ";{Element}{" + SoapNames.NAMESPACE + "}" + SoapNames.TRANSMISSION_ID.getLocalPart();
        }
        properties.put(ConfigurationConstants.SIGNATURE_PARTS, parts);
        return new WSS4JOutInterceptor(properties);
    }

    /**
     * Verifies every incoming message: a Timestamp and a signature by a certificate that chains to
     * {@code anchors}. Who signed is checked afterwards by {@link SignerCheck} against the partner
     * the message must come from.
     */
    public static WSS4JInInterceptor verifying(TrustAnchors anchors) {
        refusalMessages();
        Map<String, Object> properties = new HashMap<>();
        properties.put(ConfigurationConstants.ACTION, ACTIONS);
        properties.put(ConfigurationConstants.SIG_VER_PROP_REF_ID, TRUST_CRYPTO);
        properties.put(ConfigurationConstants.SIG_PROP_REF_ID, TRUST_CRYPTO);
        properties.put(TRUST_CRYPTO, trustCrypto(anchors));
        properties.put(ConfigurationConstants.TIMESTAMP_STRICT, "true");
        properties.put(ConfigurationConstants.TTL_TIMESTAMP, TIME_TO_LIVE_SECONDS);
        properties.put(ConfigurationConstants.TTL_FUTURE_TIMESTAMP, "60");
        properties.put(ConfigurationConstants.ENABLE_REVOCATION, "false");
        return new WSS4JInInterceptor(properties) {
            @Override
            public void handleMessage(org.apache.cxf.binding.soap.SoapMessage message) {
                refusalMessages();
                super.handleMessage(message);
            }
        };
    }

    /**
     * Requires the Body and the Timestamp to be covered by the signature, and the TransmissionID
     * header too when a message carries one: a signature over something else proves nothing about
     * what we act on.
     */
    public static CryptoCoverageChecker coverage() {
        DefaultCryptoCoverageChecker checker = new DefaultCryptoCoverageChecker();
        checker.setSignBody(true);
        checker.setSignTimestamp(true);
        checker.addPrefixes(Map.of("ent", SoapNames.NAMESPACE, "s11", SOAP11));
        checker.addXPaths(List.of(new CryptoCoverageChecker.XPathExpression("/s11:Envelope/s11:Header/ent:"
                + SoapNames.TRANSMISSION_ID.getLocalPart(), CryptoCoverageUtil.CoverageType.SIGNED)));
        return checker;
    }

    /**
     * The endpoint properties that make a receiver (server or client) keep every verified
     * signature in {@code replays} and refuse it a second time, and answer a refused message
     * with WSS4J's reason instead of a generic sentence (a partner must be able to see what
     * to fix; the reasons name no key material).
     */
    public static Map<String, Object> receiving(org.apache.wss4j.common.cache.ReplayCache replays) {
        return Map.of(SecurityConstants.TIMESTAMP_CACHE_INSTANCE, replays,
                SecurityConstants.ENABLE_TIMESTAMP_CACHE, Boolean.TRUE,
                SecurityConstants.RETURN_SECURITY_ERROR, Boolean.TRUE);
    }

    static Crypto signingCrypto(SigningKey key, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, key.privateKey(), password, key.chain().toArray(new Certificate[0]));
            Merlin merlin = new Merlin();
            merlin.setKeyStore(store);
            return merlin;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot hold the signing key for WS-Security", e);
        }
    }

    private static Crypto trustCrypto(TrustAnchors anchors) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            int n = 0;
            for (X509Certificate certificate : anchors.certificates()) {
                store.setCertificateEntry("anchor-" + n++, certificate);
            }
            Merlin merlin = new Merlin();
            merlin.setTrustStore(store);
            merlin.setKeyStore(store);
            return merlin;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot hold the trust anchors for WS-Security", e);
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[24];
        for (int i = 0; i < password.length; i++) {
            password[i] = (char) ('a' + random.nextInt(26));
        }
        return password;
    }

    /** Gives WSS4J the in-memory keystore's password for the signing key, and nothing else. */
    private record KeyPassword(char[] password) implements CallbackHandler {
        @Override
        public void handle(Callback[] callbacks) throws UnsupportedCallbackException {
            for (Callback callback : callbacks) {
                if (callback instanceof WSPasswordCallback pc && ALIAS.equals(pc.getIdentifier())) {
                    pc.setPassword(new String(password));
                } else {
                    throw new UnsupportedCallbackException(callback);
                }
            }
        }
    }
}
