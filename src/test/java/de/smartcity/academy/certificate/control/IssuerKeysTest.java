package de.smartcity.academy.certificate.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuerKeysTest {

    @TempDir Path root;

    /** Two nodes starting on one empty key directory at the same moment end up signing with the same key. */
    @Test
    void nodesStartingTogetherOnAnEmptyDirectoryShareOneKey() throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 25; round++) {
                Path dir = root.resolve("keys-" + round);
                CyclicBarrier start = new CyclicBarrier(2);
                Callable<IssuerKeys.Key> node = () -> {
                    IssuerKeys keys = new IssuerKeys(dir, Optional.empty());
                    start.await();
                    return keys.current();
                };
                List<Future<IssuerKeys.Key>> started = nodes.invokeAll(List.of(node, node));
                IssuerKeys.Key first = started.get(0).get();
                IssuerKeys.Key second = started.get(1).get();
                assertThat(second.id()).isEqualTo(first.id()).isEqualTo("key-1");
                assertThat(second.publicKey().getEncoded()).isEqualTo(first.publicKey().getEncoded());
                assertThat(second.privateKey()).isPresent();
                try (var files = Files.list(dir)) {
                    assertThat(files.map(f -> f.getFileName().toString()))
                            .containsExactlyInAnyOrder("key-1.private.pem", "key-1.public.pem");
                }
            }
        } finally {
            nodes.shutdownNow();
        }
    }
}
