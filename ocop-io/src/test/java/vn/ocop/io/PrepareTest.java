package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ser.DefaultSerializerProvider;
import org.junit.jupiter.api.Test;

/**
 * {@link ResultsJson#prepare()} builds the shared mapper's writer of results ahead of use (the command does
 * it on a second thread at its start, docs/performance.md): after it, the mapper's cache holds what the
 * first write would otherwise build.
 */
class PrepareTest {
  @Test
  void prepareBuildsTheResultsWriter() {
    DefaultSerializerProvider serializers = (DefaultSerializerProvider) Json.MAPPER.getSerializerProvider();
    serializers.flushCachedSerializers();
    assertThat(serializers.cachedSerializersCount()).isZero();
    ResultsJson.prepare();
    assertThat(serializers.cachedSerializersCount()).isGreaterThan(5); // the results document and its parts
  }
}
