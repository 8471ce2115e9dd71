package org.ticportal.core.user;

import java.io.Serial;
import java.io.Serializable;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Where a login attempt comes from: the client's address as the web layer sees it (behind a reverse proxy, the
 * forwarded address when the operator configures {@code server.forward-headers-strategy}), and the browser's
 * known-device token — the one its cookie presents, or a new random one that becomes its cookie when the login
 * succeeds. The web layer hands it to the login as the authentication's details.
 *
 * @param address     the client address (at most 64 characters)
 * @param deviceToken 32 random bytes, base64url without padding (43 characters)
 */
public record LoginOrigin(String address, String deviceToken) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The address recorded when the web layer gives none (a login outside an HTTP request). */
    public static final String UNKNOWN_ADDRESS = "unknown";

    private static final int MAX_ADDRESS = 64;
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final SecureRandom RANDOM = new SecureRandom();

    public LoginOrigin {
        if (address == null || address.isBlank() || address.length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("address must have 1 to " + MAX_ADDRESS + " characters");
        }
        if (deviceToken == null || !TOKEN.matcher(deviceToken).matches()) {
            throw new IllegalArgumentException("device token must be 43 base64url characters");
        }
    }

    /**
     * The origin of a request from {@code address} whose browser presented {@code presentedToken} (its known-device
     * cookie, or {@code null}). An unusable address becomes {@value #UNKNOWN_ADDRESS}; a missing or malformed token is
     * replaced by a new random one.
     */
    public static LoginOrigin of(@Nullable String address, @Nullable String presentedToken) {
        String a = address == null || address.isBlank() ? UNKNOWN_ADDRESS : address.strip();
        if (a.length() > MAX_ADDRESS) {
            a = a.substring(0, MAX_ADDRESS);
        }
        String token = presentedToken != null && TOKEN.matcher(presentedToken).matches() ? presentedToken : newToken();
        return new LoginOrigin(a, token);
    }

    /** The origin of a login made outside an HTTP request (no address, a new device). */
    public static LoginOrigin unknown() {
        return of(UNKNOWN_ADDRESS, null);
    }

    /** The origin an authentication's details describe, or {@link #unknown()} when they are not a login origin. */
    static LoginOrigin from(@Nullable Object details) {
        return details instanceof LoginOrigin origin ? origin : unknown();
    }

    /**
     * The source failures are counted for: the IPv4 address, or the /64 network of an IPv6 address (one subscriber
     * usually holds a whole /64, so counting single IPv6 addresses would let one client rotate through billions).
     */
    public String source() {
        if (address.indexOf(':') < 0 || !IP_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            if (bytes.length != 16) {
                return address;
            }
            StringBuilder prefix = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return prefix.append(":/64").toString();
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /** The SHA-256 of the device token, as the portal stores it (a copy of the table gives no usable cookie). */
    String deviceHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(deviceToken.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "LoginOrigin[" + address + "]"; // never the token
    }
}
