package dev.vigil.adapters.persistence;

import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * How admin passwords are stored: PBKDF2 with HMAC-SHA-256 from the JDK, a 16-byte random salt per password and
 * {@value #ITERATIONS} iterations (OWASP's 2023 recommendation), written as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (base64). The iteration count travels with each hash, so raising
 * it later still checks older ones. Checks compare in constant time.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {
    public static final int ITERATIONS = 600_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final Pattern FORM = Pattern.compile("pbkdf2-sha256\\$(\\d{1,8})\\$([A-Za-z0-9+/=]{1,64})\\$([A-Za-z0-9+/=]{1,128})");

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher() {
        this(ITERATIONS);
    }

    /** A hasher with another work factor (tests use a small one to stay fast). */
    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("iterations must be between 1 and " + MAX_ITERATIONS);
        }
        this.iterations = iterations;
    }

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder();
        return new PasswordHash("pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash));
    }

    @Override
    public boolean matches(Password attempt, PasswordHash hash) {
        Matcher m = FORM.matcher(hash.encoded());
        if (!m.matches()) {
            return false;
        }
        int rounds = Integer.parseInt(m.group(1));
        if (rounds < 1 || rounds > MAX_ITERATIONS) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(m.group(2));
        byte[] expected = Base64.getDecoder().decode(m.group(3));
        return MessageDigest.isEqual(expected, derive(attempt, salt, rounds));
    }

    private static byte[] derive(Password password, byte[] salt, int rounds) {
        char[] chars = password.reveal().toCharArray();
        PBEKeySpec spec = new PBEKeySpec(chars, salt, rounds, 256);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
            Arrays.fill(chars, '\0');
        }
    }
}
