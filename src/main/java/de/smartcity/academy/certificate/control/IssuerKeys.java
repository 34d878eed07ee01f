package de.smartcity.academy.certificate.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The academy's Ed25519 signing keys, kept as PEM files ({@code key-N.private.pem} PKCS#8,
 * {@code key-N.public.pem} X.509) in a data directory outside the repository. The highest N signs; older public
 * keys stay so that credentials signed before a rotation still verify.
 */
final class IssuerKeys {

    private static final Pattern KEY_FILE = Pattern.compile("key-(\\d+)\\.(private|public)\\.pem");
    private static final byte[] PKCS8_PREFIX = hex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = hex("302a300506032b6570032100");

    /** One key pair; the private key is absent for keys that only verify. */
    record Key(String id, Optional<PrivateKey> privateKey, PublicKey publicKey) {
        byte[] rawPublicKey() {
            byte[] encoded = publicKey.getEncoded();
            return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
        }
    }

    private final Path dir;
    private final Optional<Path> configuredPrivateKey;
    private TreeMap<Integer, Key> keys;

    /** @param configuredPrivateKey an existing private key file to sign with instead of a generated one */
    IssuerKeys(Path dir, Optional<Path> configuredPrivateKey) {
        this.dir = dir;
        this.configuredPrivateKey = configuredPrivateKey;
    }

    /** The key that signs new credentials; generated on first use if there is none. */
    synchronized Key current() {
        return keys().values().stream().filter(k -> k.privateKey().isPresent()).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no private key in " + dir));
    }

    /** All keys, current and rotated out, by id ({@code key-1}, {@code key-2}, ...). */
    synchronized Map<String, Key> all() {
        Map<String, Key> byId = new java.util.LinkedHashMap<>();
        keys().values().forEach(k -> byId.put(k.id(), k));
        return byId;
    }

    /** Generates the next key; it signs from now on, the previous ones keep verifying. */
    synchronized Key rotate() {
        int next = keys().lastKey() + 1;
        Key key = generate(next);
        keys.put(next, key);
        return key;
    }

    private TreeMap<Integer, Key> keys() {
        if (keys == null) {
            keys = load();
            if (keys.isEmpty()) {
                keys.put(1, generate(1));
            }
        }
        return keys;
    }

    private TreeMap<Integer, Key> load() {
        TreeMap<Integer, Key> loaded = new TreeMap<>();
        if (configuredPrivateKey.isPresent()) {
            Path file = configuredPrivateKey.get();
            Matcher m = KEY_FILE.matcher(file.getFileName().toString());
            int number = m.matches() ? Integer.parseInt(m.group(1)) : 1;
            PrivateKey privateKey = privateKeyFromPkcs8(readKeyFile(file));
            loaded.put(number, new Key("key-" + number, Optional.of(privateKey), publicKeyFor(privateKey)));
        }
        if (!Files.isDirectory(dir)) {
            return loaded;
        }
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(file -> {
                Matcher m = KEY_FILE.matcher(file.getFileName().toString());
                if (m.matches() && m.group(2).equals("public")) {
                    int number = Integer.parseInt(m.group(1));
                    Path privateFile = dir.resolve("key-" + number + ".private.pem");
                    Optional<PrivateKey> privateKey = Files.exists(privateFile)
                            ? Optional.of(privateKeyFromPkcs8(readKeyFile(privateFile))) : Optional.empty();
                    loaded.putIfAbsent(number, new Key("key-" + number, privateKey,
                            publicKeyFromX509(readKeyFile(file))));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return loaded;
    }

    /**
     * Several nodes (or test servers) may start on one key directory at the same moment. Creating the
     * private key file claims the number; the public key file appears complete (atomic move) only after
     * the private one is written, so whoever lost the claim waits for it and uses that pair.
     */
    private Key generate(int number) {
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available", e);
        }
        Path privateFile = dir.resolve("key-" + number + ".private.pem");
        Path publicFile = dir.resolve("key-" + number + ".public.pem");
        createOwnerOnlyDirectory(dir);
        if (!createOwnerOnly(privateFile, pem("PRIVATE KEY", pair.getPrivate()))) {
            return generatedElsewhere(number, privateFile, publicFile);
        }
        Path partial = dir.resolve("key-" + number + ".public.pem.partial");
        try {
            Files.deleteIfExists(partial);
            createOwnerOnly(partial, pem("PUBLIC KEY", pair.getPublic()));
            Files.move(partial, publicFile, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + publicFile, e);
        }
        return new Key("key-" + number, Optional.of(pair.getPrivate()), pair.getPublic());
    }

    private static Key generatedElsewhere(int number, Path privateFile, Path publicFile) {
        Instant giveUp = Instant.now().plusSeconds(30);
        while (!Files.exists(publicFile)) {
            if (Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException(privateFile + " exists, but its public key never appeared");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + publicFile, e);
            }
        }
        return new Key("key-" + number, Optional.of(privateKeyFromPkcs8(readKeyFile(privateFile))),
                publicKeyFromX509(readKeyFile(publicFile)));
    }

    /** Ed25519 private key from its 32-byte seed (RFC 8032). */
    static PrivateKey privateKeyFromSeed(byte[] seed) {
        return privateKeyFromPkcs8(concat(PKCS8_PREFIX, seed));
    }

    /** The public key of an Ed25519 private key, derived by the JDK from the seed. */
    static PublicKey publicKeyFor(PrivateKey privateKey) {
        byte[] encoded = privateKey.getEncoded();
        byte[] seed = Arrays.copyOfRange(encoded, PKCS8_PREFIX.length, PKCS8_PREFIX.length + 32);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            // The JDK draws the seed from the random source; handing it the known seed re-derives the pair.
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, bytes.length);
                }
            });
            return generator.generateKeyPair().getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKeyFromRaw(byte[] raw) {
        return publicKeyFromX509(concat(X509_PREFIX, raw));
    }

    private static PrivateKey privateKeyFromPkcs8(byte[] der) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 PKCS#8 private key", e);
        }
    }

    private static PublicKey publicKeyFromX509(byte[] der) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 X.509 public key", e);
        }
    }

    /** PEM or raw DER. */
    private static byte[] readKeyFile(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.US_ASCII);
            if (!text.contains("-----BEGIN")) {
                return bytes;
            }
            return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key file " + file, e);
        }
    }

    private static String pem(String label, java.security.Key key) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(key.getEncoded());
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    private static void createOwnerOnlyDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
            if (posix()) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create key directory " + dir, e);
        }
    }

    /** Creates the file readable by the owner only; false if it exists already. */
    private static boolean createOwnerOnly(Path file, String content) {
        try {
            if (posix()) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, content, StandardCharsets.US_ASCII);
            } else {
                Files.writeString(file, content, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write key file " + file, e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static byte[] hex(String hex) {
        return java.util.HexFormat.of().parseHex(hex);
    }
}
