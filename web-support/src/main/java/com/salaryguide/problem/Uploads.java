package com.salaryguide.problem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.server.PayloadTooLargeException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * An uploaded body streamed to a temporary file (memory stays bounded whatever its size), handed to {@code use},
 * and deleted afterwards. Past {@code maxBytes} the upload stops with 413.
 */
public final class Uploads {

    private Uploads() {
    }

    public static <T> Mono<T> viaTempFile(Flux<DataBuffer> body, long maxBytes, String suffix, Function<Path, Mono<T>> use) {
        AtomicLong size = new AtomicLong();
        Flux<DataBuffer> bounded = body.doOnNext(buffer -> {
            if (size.addAndGet(buffer.readableByteCount()) > maxBytes) {
                DataBufferUtils.release(buffer);
                throw new PayloadTooLargeException(null);
            }
        });
        return Mono.fromCallable(() -> Files.createTempFile("upload-", suffix))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(file -> DataBufferUtils.write(bounded, file).then(Mono.defer(() -> use.apply(file)))
                        .doFinally(signal -> file.toFile().delete()));
    }
}
