package de.smartcity.academy.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MultibaseTest {

    @Test
    void knownValues() {
        assertThat(Multibase.encodeBase58btc("Hello World!".getBytes())).isEqualTo("z2NEpo7TZRRrLZSi2U");
        assertThat(Multibase.encodeBase58btc(new byte[] {0, 0, 1})).isEqualTo("z112");
        assertThat(Multibase.encodeBase58btc(new byte[0])).isEqualTo("z");
    }

    @Test
    void roundTripKeepsLeadingZeros() {
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(70)];
            random.nextBytes(bytes);
            if (bytes.length > 2 && i % 3 == 0) {
                bytes[0] = 0;
                bytes[1] = 0;
            }
            assertThat(Multibase.decodeBase58btc(Multibase.encodeBase58btc(bytes))).isEqualTo(bytes);
        }
    }

    @Test
    void rejectsForeignInput() {
        assertThatThrownBy(() -> Multibase.decodeBase58btc("z0OIl")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Multibase.decodeBase58btc("uabc")).isInstanceOf(IllegalArgumentException.class);
    }
}
