package dev.vigil.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SecretsTest {
    @Test
    void random256_isFortyThreeUrlSafeCharacters_andDiffersEachTime() {
        SplittableRandom random = new SplittableRandom(7);
        String a = Secrets.random256(random);
        String b = Secrets.random256(random);

        assertThat(a).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(b).hasSize(43).isNotEqualTo(a);
    }

    @Test
    void sha256Hex_isTheStandardDigest() {
        assertThat(Secrets.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void chosen_acceptsVisibleAscii_withinTheBounds_andNamesWhatIsWrong() {
        assertThat(Secrets.chosen("abcd-efgh", "token", 4, 9)).isEqualTo("abcd-efgh");
        assertThatThrownBy(() -> Secrets.chosen("abc", "token", 4, 9))
                .hasMessage("token must be 4 to 9 characters long");
        assertThatThrownBy(() -> Secrets.chosen("abcdefghij", "token", 4, 9))
                .hasMessage("token must be 4 to 9 characters long");
        assertThatThrownBy(() -> Secrets.chosen("abc d", "token", 4, 9))
                .hasMessage("token may only contain visible ASCII characters");
        assertThatThrownBy(() -> Secrets.chosen("abcdé", "token", 4, 9))
                .hasMessage("token may only contain visible ASCII characters");
    }
}
