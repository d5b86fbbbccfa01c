package dev.vigil.application.fakes;

import dev.vigil.application.port.out.PasswordHasher;
import dev.vigil.domain.account.Password;
import dev.vigil.domain.account.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A salted SHA-256 hasher for tests: the same contract as the real PBKDF2 hasher, without its deliberate slowness.
 * It counts the checks it makes, so tests can see that a refused attempt was not even checked.
 */
public final class FastPasswordHasher implements PasswordHasher {
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger checks = new AtomicInteger();

    @Override
    public PasswordHash hash(Password password) {
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        return new PasswordHash("sha256$" + b64(salt) + "$" + b64(digest(salt, password)));
    }

    @Override
    public boolean matches(Password attempt, PasswordHash hash) {
        checks.incrementAndGet();
        String[] parts = hash.encoded().split("\\$");
        if (parts.length != 3 || !parts[0].equals("sha256")) {
            return false;
        }
        byte[] salt = Base64.getDecoder().decode(parts[1]);
        return MessageDigest.isEqual(Base64.getDecoder().decode(parts[2]), digest(salt, attempt));
    }

    public int checks() {
        return checks.get();
    }

    private static byte[] digest(byte[] salt, Password password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            return sha.digest(password.reveal().getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }
}
