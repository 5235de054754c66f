package vn.ocop.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The one-pass UTF-8 check takes exactly the byte sequences the JDK's strict decoder takes. */
class WellFormedUtf8Test {
  /** Bytes around every boundary of table 3-7: ASCII, continuation ranges, every lead. */
  private static final int[] EDGES = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF,
      0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFE, 0xFF};

  private static final java.nio.charset.CharsetDecoder DECODER = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

  private static boolean jdkTakes(byte[] b) {
    try {
      DECODER.reset().decode(ByteBuffer.wrap(b));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  private static void same(byte[] b) {
    assertThat(Json.wellFormed(b)).as(java.util.HexFormat.of().formatHex(b)).isEqualTo(jdkTakes(b));
  }

  @Test
  void everyLeadByteWithEveryContinuationEdgeIsJudgedAsTheJdkJudgesIt() {
    for (int lead = 0; lead < 256; lead++) {
      same(new byte[] {(byte) lead});
      for (int a : EDGES) {
        same(new byte[] {(byte) lead, (byte) a});
        same(new byte[] {'x', (byte) lead, (byte) a, 'y'});
        for (int c : EDGES) {
          same(new byte[] {(byte) lead, (byte) a, (byte) c});
          if (lead < 0xEF) {
            continue; // four-byte sequences: the leads from EF on
          }
          for (int d : EDGES) {
            same(new byte[] {(byte) lead, (byte) a, (byte) c, (byte) d});
            same(new byte[] {'"', (byte) lead, (byte) a, (byte) c, (byte) d, '"'});
          }
        }
      }
    }
  }

  @Test
  void everyTwoAndThreeByteSequenceIsJudgedAsTheJdkJudgesIt() {
    for (int lead = 0x80; lead < 0x100; lead++) {
      for (int a = 0; a < 256; a++) {
        same(new byte[] {(byte) lead, (byte) a});
        if (lead >= 0xE0 && lead <= 0xEF) {
          for (int c : EDGES) {
            same(new byte[] {(byte) lead, (byte) a, (byte) c});
          }
        }
      }
    }
  }

  @Test
  void randomVietnameseTextWithDamageIsJudgedAsTheJdkJudgesIt() {
    Random random = new Random(10);
    byte[] text = "Hội đồng cấp tỉnh đánh giá sản phẩm OCOP 🌾 năm 2024".getBytes(StandardCharsets.UTF_8);
    assertThat(Json.wellFormed(text)).isTrue();
    for (int i = 0; i < 200_000; i++) {
      byte[] b = text.clone();
      b[random.nextInt(b.length)] = (byte) random.nextInt(256);
      if (random.nextBoolean()) {
        b = java.util.Arrays.copyOf(b, random.nextInt(b.length + 1));
      }
      same(b);
    }
  }
}
